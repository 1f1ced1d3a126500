package io.selfhealing.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code /q/metrics} of running services: checked with {@code promtool check metrics}, searched
 * for the metric names that PromQL expressions (alert rules, dashboard queries) use, and read for
 * one sample's value.
 */
final class LiveMetrics {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern HELP = Pattern.compile("^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) ", Pattern.MULTILINE);
    private final Map<String, String> expositions;

    private LiveMetrics(Map<String, String> expositions) {
        this.expositions = expositions;
    }

    /** Service name → its base URL. */
    static LiveMetrics scrape(Map<String, String> services) throws IOException, InterruptedException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (var s : services.entrySet()) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.getValue() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), s.getKey() + " /q/metrics");
            texts.put(s.getKey(), r.body());
        }
        return new LiveMetrics(texts);
    }

    /** Every metric name with at least one sample, over all services. */
    Set<String> names() {
        Set<String> names = new TreeSet<>();
        expositions.values().forEach(text -> {
            Matcher m = SAMPLE.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        });
        return names;
    }

    /** Sum of the samples of {@code name} in {@code service} whose labels contain every {@code label="value"}. */
    double sum(String service, String name, String... labels) {
        double total = 0;
        Matcher m = SAMPLE.matcher(expositions.get(service));
        while (m.find()) {
            String set = m.group(2) == null ? "" : m.group(2);
            if (m.group(1).equals(name) && java.util.Arrays.stream(labels).allMatch(set::contains)) {
                total += Double.parseDouble(m.group(3));
            }
        }
        return total;
    }

    /**
     * {@code promtool check metrics} on every exposition: it must parse, and our own metrics
     * ({@code healing_*}) must pass its lint. Lint findings on third-party meters (Kafka client, JVM,
     * Vert.x) are printed, not failed: we do not name those. "no help text" on a counter's
     * {@code _total} sample whose family has a HELP line is not a finding either: Prometheus client 1.x
     * writes the HELP under the name without {@code _total}, which promtool 2.42 does not pair.
     */
    void assertPromtoolAccepts(String promtool) throws IOException, InterruptedException {
        for (var e : expositions.entrySet()) {
            Process p = new ProcessBuilder(promtool, "check", "metrics").redirectErrorStream(true).start();
            p.getOutputStream().write(e.getValue().getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "promtool hangs");
            assertTrue(!out.contains("error while linting"), e.getKey() + ": promtool cannot parse /q/metrics:\n" + out);
            Set<String> helped = new TreeSet<>();
            Matcher help = HELP.matcher(e.getValue());
            while (help.find()) {
                helped.add(help.group(1));
            }
            List<String> ours = new ArrayList<>();
            for (String line : out.split("\n")) {
                String name = line.split(" ", 2)[0];
                boolean pairing = line.endsWith(" no help text") && name.endsWith("_total")
                        && helped.contains(name.substring(0, name.length() - "_total".length()));
                if (name.startsWith("healing_") && !pairing) {
                    ours.add(line);
                }
            }
            assertEquals(List.of(), ours, e.getKey() + ": promtool lint findings on our metrics");
            System.out.printf("promtool check metrics %s: exit %d, %d lint findings on third-party meters%n",
                    e.getKey(), p.exitValue(), out.isBlank() ? 0 : out.split("\n").length);
        }
    }

    /** promtool from PROMTOOL or the PATH; null when there is none. */
    static String promtool() {
        String configured = System.getenv("PROMTOOL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "promtool"))) {
                return Path.of(dir, "promtool").toString();
            }
        }
        return null;
    }
}
