package io.selfhealing.healctl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code healctl maintenance add | list | rm}. */
@Command(name = "maintenance", description = "maintenance windows: one-off or recurring (cron + time zone)",
        subcommands = {Maintenance.Add.class, Maintenance.List.class, Maintenance.Remove.class})
class Maintenance {

    @ParentCommand
    Healctl root;

    @Command(name = "add", description = "declare a window: --ends for a one-off, --cron/--zone/--duration to recur")
    static class Add implements Callable<Integer> {
        @ParentCommand
        Maintenance parent;
        @Option(names = "--target", required = true, description = "target id, or * for every target")
        String target;
        @Option(names = "--starts", description = "ISO-8601 instant; default now")
        String starts;
        @Option(names = "--ends", description = "ISO-8601 instant (one-off: required; recurring: end of schedule)")
        String ends;
        @Option(names = "--cron", description = "Unix cron of the openings, e.g. '0 2 * * *'")
        String cron;
        @Option(names = "--zone", description = "time zone of --cron, e.g. Europe/Berlin (default UTC)")
        String zone;
        @Option(names = "--duration", description = "how long each opening lasts, e.g. 30m")
        String duration;
        @Option(names = {"-r", "--reason"}, defaultValue = "maintenance")
        String reason;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("targetId", target);
            put(body, "startsAt", starts);
            put(body, "endsAt", ends);
            put(body, "cron", cron);
            put(body, "timeZone", zone);
            put(body, "duration", duration);
            body.put("reason", reason);
            JsonNode w = parent.root.api().post("/api/maintenance", body);
            parent.root.out().println(w.path("id").asText() + " " + w.path("targetId").asText());
            return 0;
        }

        private static void put(Map<String, Object> body, String key, String value) {
            if (value != null) {
                body.put(key, value);
            }
        }
    }

    @Command(name = "list", description = "windows that have not ended")
    static class List implements Callable<Integer> {
        @ParentCommand
        Maintenance parent;

        @Override
        public Integer call() {
            for (JsonNode w : parent.root.api().get("/api/maintenance")) {
                String when = w.path("cron").isTextual()
                        ? "every " + w.path("cron").asText() + " " + w.path("timeZone").asText() + " for "
                                + w.path("durationSeconds").asLong() / 60 + "m"
                        : w.path("startsAt").asText() + " .. " + w.path("endsAt").asText();
                parent.root.out().printf("%-18s %-20s %s  %s (by %s)%n", w.path("id").asText(),
                        w.path("targetId").asText(), when, w.path("reason").asText(), w.path("createdBy").asText());
            }
            return 0;
        }
    }

    @Command(name = "rm", description = "end a window now")
    static class Remove implements Callable<Integer> {
        @ParentCommand
        Maintenance parent;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = {"-r", "--reason"})
        String reason;

        @Override
        public Integer call() {
            String query = reason == null ? "" : "?reason=" + Commands.enc(reason);
            parent.root.api().delete("/api/maintenance/" + Commands.enc(id) + query);
            parent.root.out().println(id + " ended");
            return 0;
        }
    }
}
