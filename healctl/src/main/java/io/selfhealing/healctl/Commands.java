package io.selfhealing.healctl;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The one-call subcommands. */
final class Commands {

    private Commands() {
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, Object> reason(String reason) {
        return reason == null ? Map.of() : Map.of("reason", reason);
    }

    @Command(name = "status", description = "overall health, every target, open incidents")
    static class Status implements Callable<Integer> {
        @ParentCommand
        Healctl root;

        @Override
        public Integer call() {
            JsonNode health = root.api().get("/api/monitoring/health");
            JsonNode status = root.api().get("/api/monitoring/status");
            root.out().printf("overall %s, %d open incidents, autonomous %s%s%n", health.path("overall_status").asText(),
                    status.path("open_incidents").asLong(), status.path("autonomous_mode").asText(),
                    status.path("dry_run").asBoolean() ? " (dry run)" : "");
            health.path("checks").fields().forEachRemaining(e -> root.out().printf("  %-24s %-8s %s%n", e.getKey(),
                    e.getValue().path("status").asText(), String.join("; ", Show.texts(e.getValue().path("reasons")))));
            return 0;
        }
    }

    @Command(name = "check", description = "monitor-agent probes now (every target, or --target); prints the fresh results")
    static class Check implements Callable<Integer> {
        @ParentCommand
        Healctl root;
        @Option(names = "--target", description = "one target id; default every target")
        String target;
        @Option(names = {"-r", "--reason"}, description = "audited with the request")
        String reason;

        @Override
        public Integer call() {
            JsonNode r = root.api().post("/api/monitoring/trigger-check" + (target == null ? "" : "?target=" + enc(target)),
                    reason(reason));
            root.out().printf("overall %s, %d not healthy%s%n", r.path("status").asText(), r.path("issues").asLong(),
                    r.path("complete").asBoolean() ? "" : " (only " + r.path("checks").size() + " of "
                            + r.path("requested").asInt() + " targets answered in time)");
            r.path("checks").fields().forEachRemaining(e -> root.out().printf("  %-24s %-8s %s%n", e.getKey(),
                    e.getValue().path("status").asText(), String.join("; ", Show.texts(e.getValue().path("reasons")))));
            return 0;
        }
    }

    @Command(name = "switch", description = "admin: switch autonomous or dry-run on or off for every coordinator (audited)")
    static class Switch implements Callable<Integer> {
        @ParentCommand
        Healctl root;
        @Parameters(index = "0", description = "autonomous | dry-run")
        String name;
        @Parameters(index = "1", description = "on | off")
        String value;
        @Option(names = {"-r", "--reason"}, required = true, description = "why (audited)")
        String reason;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!value.equals("on") && !value.equals("off")) {
                throw new ParameterException(spec.commandLine(), "the value must be on or off, not '" + value + "'");
            }
            JsonNode s = root.api().put("/api/switches/" + enc(name), Map.of("enabled", value.equals("on"), "reason", reason));
            root.out().printf("%s %s (by %s)%n", s.path("name").asText(), s.path("enabled").asBoolean() ? "on" : "off",
                    s.path("changedBy").asText());
            return 0;
        }
    }

    @Command(name = "incidents", description = "incidents, newest first")
    static class Incidents implements Callable<Integer> {
        @ParentCommand
        Healctl root;
        @Option(names = "--state", description = "e.g. AWAITING_APPROVAL")
        String state;
        @Option(names = "--limit", defaultValue = "20")
        int limit;

        @Override
        public Integer call() {
            String query = "?limit=" + limit + (state == null ? "" : "&state=" + enc(state));
            for (JsonNode i : root.api().get("/api/incidents" + query)) {
                root.out().printf("%-20s %-18s %-22s %-20s %3d%%  %s%n", i.path("id").asText(), i.path("state").asText(),
                        i.path("targetId").asText(), i.path("issueType").asText(), i.path("adjustedConfidence").asInt(),
                        i.path("createdAt").asText());
            }
            return 0;
        }
    }

    @Command(name = "show", description = "one incident: plan, timeline, decisions")
    static class Show implements Callable<Integer> {
        @ParentCommand
        Healctl root;
        @Parameters(paramLabel = "ID")
        String id;

        static java.util.List<String> texts(JsonNode array) {
            java.util.List<String> out = new java.util.ArrayList<>();
            array.forEach(n -> out.add(n.asText()));
            return out;
        }

        @Override
        public Integer call() {
            JsonNode d = root.api().get("/api/incidents/" + enc(id));
            JsonNode i = d.path("incident");
            root.out().printf("%s  %s  %s on %s  confidence %d%n  %s%n", i.path("id").asText(), i.path("state").asText(),
                    i.path("issueType").asText(), i.path("targetId").asText(), i.path("adjustedConfidence").asInt(),
                    i.path("summary").asText());
            d.path("plan").path("changes").forEach(c -> root.out().printf("  plan: %s %s -> %s%n",
                    c.path("key").asText(), c.path("fromValue").asText(), c.path("toValue").asText()));
            d.path("transitions").forEach(t -> root.out().printf("  %s  %s -> %s  %s%n", t.path("at").asText(),
                    t.path("fromState").asText("-"), t.path("toState").asText(), t.path("reason").asText()));
            d.path("decisions").forEach(x -> root.out().printf("  decision: %s %s by %s: %s%n", x.path("at").asText(),
                    x.path("action").asText(), x.path("actor").asText(), x.path("reason").asText("")));
            return 0;
        }
    }

    abstract static class Decision implements Callable<Integer> {
        @ParentCommand
        Healctl root;
        @Option(names = {"-r", "--reason"}, description = "why (recorded with your name)")
        String reason;

        abstract String path();

        @Override
        public Integer call() {
            JsonNode answer = root.api().post(path(), reason(reason));
            root.out().println(answer.has("state") ? answer.path("id").asText() + " " + answer.path("state").asText()
                    : answer.path("message").asText(answer.toString()));
            return 0;
        }
    }

    @Command(name = "approve", description = "apply the fix of an incident awaiting approval")
    static class Approve extends Decision {
        @Parameters(paramLabel = "ID")
        String id;

        String path() {
            return "/api/incidents/" + enc(id) + "/approve";
        }
    }

    @Command(name = "reject", description = "reject the fix of an incident awaiting approval")
    static class Reject extends Decision {
        @Parameters(paramLabel = "ID")
        String id;

        String path() {
            return "/api/incidents/" + enc(id) + "/reject";
        }
    }

    @Command(name = "rollback", description = "restore a backup (roll a RESOLVED or VALIDATING fix back)")
    static class Rollback extends Decision {
        @Parameters(paramLabel = "BACKUP")
        String backup;

        String path() {
            return "/api/monitoring/rollback/" + enc(backup);
        }
    }

    @Command(name = "ack", description = "acknowledge an alert at the notifier (stops its escalation)")
    static class Ack implements Callable<Integer> {
        @ParentCommand
        Healctl root;
        @Parameters(paramLabel = "ALERT")
        String alert;
        @Option(names = {"-r", "--reason"})
        String reason;

        @Override
        public Integer call() {
            root.notifier().post("/api/alerts/" + enc(alert) + "/ack", reason == null ? Map.of() : Map.of("comment", reason));
            root.out().println(alert + " acknowledged");
            return 0;
        }
    }

    @Command(name = "report", description = "the monitoring report (JSON) of a period")
    static class Report implements Callable<Integer> {
        @ParentCommand
        Healctl root;
        @Option(names = "--from", description = "ISO-8601 instant; default 24 h before --to")
        String from;
        @Option(names = "--to", description = "ISO-8601 instant; default now")
        String to;

        @Override
        public Integer call() throws Exception {
            String query = (from == null ? "" : "from=" + enc(from)) + (to == null ? "" : "&to=" + enc(to));
            JsonNode report = root.api().get("/api/report" + (query.isEmpty() ? "" : "?" + query));
            root.out().println(Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return 0;
        }
    }
}
