package io.selfhealing.infra.launch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Every overlay under deploy/kubernetes/overlays rendered by {@code kubectl kustomize}, as the
 * objects an operator's {@code kubectl apply -k} would send. kubectl is required: CI installs it.
 */
final class RenderedOverlays {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static Map<String, List<JsonNode>> rendered;

    private RenderedOverlays() {
    }

    /** Overlay name → its rendered objects; rendered once per test JVM. */
    static synchronized Map<String, List<JsonNode>> all() throws IOException, InterruptedException {
        if (rendered == null) {
            Map<String, List<JsonNode>> result = new LinkedHashMap<>();
            try (Stream<Path> overlays = Files.list(KUBERNETES.resolve("overlays"))) {
                for (Path overlay : overlays.filter(Files::isDirectory).sorted().toList()) {
                    result.put(overlay.getFileName().toString(), documents(render(overlay)));
                }
            }
            if (result.isEmpty()) {
                throw new AssertionError("no overlay under " + KUBERNETES.resolve("overlays"));
            }
            rendered = result;
        }
        return rendered;
    }

    static String render(Path overlay) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render deploy/kubernetes (kubectl kustomize): " + e, e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + overlay + " failed:\n" + out);
        }
        return out;
    }

    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(yaml)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(d -> {
                if (d != null && !d.isNull() && !d.isMissingNode()) {
                    docs.add(d);
                }
            });
        }
        return docs;
    }

    static List<JsonNode> ofKind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    static JsonNode find(List<JsonNode> docs, String kind, String name) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)
                && d.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** The generated ConfigMap (kustomize appends a content hash to its name). */
    static JsonNode configMap(List<JsonNode> docs, String prefix) {
        return ofKind(docs, "ConfigMap").stream()
                .filter(d -> d.path("metadata").path("name").asText().startsWith(prefix + "-")).findFirst()
                .orElseThrow(() -> new AssertionError("no ConfigMap " + prefix));
    }

    static List<String> agents() {
        return PlatformLauncher.AGENTS.stream().map(a -> a[0]).toList();
    }

    /**
     * The services of a rendered overlay: the launcher's agents and every other Deployment (a service
     * whose module exists but that the launcher does not start yet).
     */
    static List<String> services(List<JsonNode> docs) {
        java.util.Set<String> names = new java.util.TreeSet<>(agents());
        ofKind(docs, "Deployment").forEach(d -> names.add(d.path("metadata").path("name").asText()));
        return List.copyOf(names);
    }

    /** A service's HTTP port as its application.properties sets it. */
    static int port(String service) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var r = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            p.load(r);
        }
        return Integer.parseInt(p.getProperty("quarkus.http.port"));
    }

    /** Whether an agent's main code (sources or resources) contains {@code text}. */
    static boolean mainCodeMentions(String agent, String text) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve(agent).resolve("src/main"))) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.readString(f).contains(text);
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }
}
