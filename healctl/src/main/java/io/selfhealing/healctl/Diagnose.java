package io.selfhealing.healctl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Writes a support bundle (zip): service health, recent incidents with their details, the
 * configuration without secrets, and the tails of the services' logs.
 */
@Command(name = "diagnose", description = "write a diagnostic bundle (health, incidents, config without secrets, log tails)")
class Diagnose implements Callable<Integer> {

    /** Keys whose values never leave the machine. */
    static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|key|credential|auth|jaas).*");
    /** Values that carry a secret whatever their key is called (connection strings, JAAS lines). */
    static final Pattern SECRET_VALUE = Pattern.compile("(?i).*(password|secret|token)\\s*[=:].*");

    @ParentCommand
    Healctl root;

    @Option(names = {"-o", "--out"}, description = "the bundle to write (default healctl-diagnose-<time>.zip)")
    Path out;

    @Option(names = "--logs", defaultValue = "${env:HEALING_WORK_DIR:-.local}/logs",
            description = "directory of service logs (default ${DEFAULT-VALUE})")
    Path logs;

    @Option(names = "--lines", defaultValue = "200", description = "lines per log tail")
    int lines;

    @Option(names = "--service", description = "name=url of another service whose /q/health to include (repeatable)")
    Map<String, String> services = new TreeMap<>();

    @Override
    public Integer call() throws IOException {
        Path bundle = out != null ? out : Path.of("healctl-diagnose-" + System.currentTimeMillis() + ".zip");
        Api api = root.api();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bundle))) {
            put(zip, "health.json", pretty(safe(() -> api.get("/api/monitoring/health"))));
            put(zip, "status.json", pretty(safe(() -> api.get("/api/monitoring/status"))));
            StringBuilder q = new StringBuilder("coordinator " + api.getRaw(api.base() + "/q/health") + "\n");
            services.forEach((name, url) -> q.append(name).append(' ').append(api.getRaw(url + "/q/health")).append('\n'));
            put(zip, "services-health.txt", q.toString());
            JsonNode incidents = safe(() -> api.get("/api/incidents?limit=20"));
            put(zip, "incidents.json", pretty(incidents));
            for (JsonNode i : incidents.isArray() ? incidents : Api.JSON.createArrayNode()) {
                String id = i.path("id").asText();
                put(zip, "incidents/" + id + ".json", pretty(safe(() -> api.get("/api/incidents/" + Commands.enc(id)))));
            }
            put(zip, "config.txt", config(System.getenv()));
            for (Path log : logFiles()) {
                put(zip, "logs/" + log.getFileName(), tail(log));
            }
        }
        root.out().println("wrote " + bundle.toAbsolutePath());
        return 0;
    }

    /** The environment the platform reads (HEALING_*, KAFKA_*, QUARKUS_*, MP_JWT_*), secrets redacted. */
    static String config(Map<String, String> env) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(env).forEach((k, v) -> {
            if (k.matches("(HEALING|KAFKA|QUARKUS|MP_JWT|HEALCTL)_.*")) {
                b.append(k).append('=').append(SECRET.matcher(k).matches() || SECRET_VALUE.matcher(v).matches() ? "<redacted>" : v).append('\n');
            }
        });
        return b.toString();
    }

    private List<Path> logFiles() throws IOException {
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private String tail(Path log) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size()))) + "\n";
    }

    private static JsonNode safe(java.util.function.Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (Api.Failure e) {
            return Api.JSON.createObjectNode().put("error", e.getMessage());
        }
    }

    private static String pretty(JsonNode node) throws IOException {
        return Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
