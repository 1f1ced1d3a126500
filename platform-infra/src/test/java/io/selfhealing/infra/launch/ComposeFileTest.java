package io.selfhealing.infra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.selfhealing.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker-compose.yml comes up in order, heals itself and keeps its state; the images follow one pattern. */
class ComposeFileTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> DATABASE_SERVICES = Set.of("coordinator", "backup-manager", "learning-engine",
            "notifier");

    private static JsonNode compose() throws Exception {
        return YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).path("services");
    }

    /** The launcher's agents, the notifier and the demo target: every service with an image of ours. */
    private static List<String> services() {
        Set<String> names = new java.util.LinkedHashSet<>(PlatformLauncher.AGENTS.stream().map(a -> a[0]).toList());
        names.add("notifier");
        names.add("demo-target");
        return new ArrayList<>(names);
    }

    @Test
    void everyServiceRunsItsBuiltImageAndRestartsAfterStartingInOrder() throws Exception {
        JsonNode services = compose();
        String version = projectVersion().replace("-SNAPSHOT", "");
        String initSql = Files.readString(ROOT.resolve("deploy/postgres-init.sql"));
        for (String name : services()) {
            JsonNode service = services.path(name);
            assertEquals("${IMAGE_REGISTRY:-selfhealing}/" + name + ":${IMAGE_TAG:-" + version + "}",
                    service.path("image").asText(), name);
            assertEquals("unless-stopped", service.path("restart").asText(), name);
            String port = service.path("environment").path("QUARKUS_HTTP_PORT").asText();
            assertEquals(port + ":" + port, service.path("ports").path(0).asText(), name);
            if (!name.equals("demo-target")) {
                assertEquals("service_completed_successfully",
                        service.path("depends_on").path("kafka-init").path("condition").asText(), name);
            }
            if (DATABASE_SERVICES.contains(name)) {
                assertEquals("service_healthy", service.path("depends_on").path("postgres").path("condition").asText(),
                        name);
                String url = service.path("environment").path("QUARKUS_DATASOURCE_REACTIVE_URL").asText();
                String database = url.substring(url.lastIndexOf('/') + 1);
                assertTrue(initSql.contains("CREATE DATABASE " + database + ";"), name + ": postgres-init.sql creates "
                        + database);
            }
        }
    }

    @Test
    void kafkaAndPostgresAreOfficialImagesByDefaultOverridableHealthCheckedAndKeepTheirData() throws Exception {
        JsonNode services = compose();
        assertTrue(services.path("kafka").path("image").asText().matches("\\$\\{KAFKA_IMAGE:-apache/kafka:[0-9.]+}"));
        assertTrue(services.path("postgres").path("image").asText().matches("\\$\\{POSTGRES_IMAGE:-postgres:[0-9.]+}"));
        for (String name : List.of("kafka", "postgres")) {
            assertTrue(services.path(name).path("healthcheck").path("test").isArray(), name);
            assertEquals("unless-stopped", services.path(name).path("restart").asText(), name);
        }
        String kafkaData = services.path("kafka").path("environment").path("KAFKA_LOG_DIRS").asText();
        assertTrue(services.path("kafka").path("volumes").toString().contains("\"kafka-data:" + kafkaData + "\""));
        assertEquals("false", services.path("kafka").path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText());
        assertTrue(services.path("postgres").path("volumes").toString()
                .contains("\"postgres-data:/var/lib/postgresql/data\""));
    }

    @Test
    void monitorOffsetsLiveOnANamedVolume() throws Exception {
        JsonNode monitor = compose().path("monitor-agent");
        String stateDir = monitor.path("environment").path("HEALING_MONITOR_STATE_DIR").asText();
        boolean mounted = false;
        for (JsonNode volume : monitor.path("volumes")) {
            String[] parts = volume.asText().split(":");
            mounted |= parts[0].equals("monitor-state") && stateDir.startsWith(parts[1] + "/");
        }
        assertTrue(mounted, "HEALING_MONITOR_STATE_DIR " + stateDir + " is not on the monitor-state volume");
    }

    @Test
    void theInitStepCreatesExactlyThePlatformsTopicsCompactingTheCompactedOnes() throws Exception {
        String script = compose().path("kafka-init").path("command").path(0).asText();
        Set<String> named = new TreeSet<>();
        Matcher topic = Pattern.compile("healing\\.[a-z-]+").matcher(script);
        while (topic.find()) {
            named.add(topic.group());
        }
        assertEquals(new TreeSet<>(Topics.ALL), named);
        for (String name : Topics.ALL) {
            boolean compact = script.contains("create " + name + " --config cleanup.policy=compact");
            assertEquals(Topics.COMPACTED.contains(name), compact, name);
        }
        assertEquals("service_healthy", compose().path("kafka-init").path("depends_on").path("kafka").path("condition")
                .asText());
    }

    @Test
    void theHostNetworkOverlayCoversEveryServiceAndResolvesEveryServiceNameToLoopback() throws Exception {
        JsonNode overlay = YAML.readTree(ROOT.resolve("deploy/docker/compose.host-network.yml").toFile())
                .path("services");
        JsonNode services = compose();
        services.fieldNames().forEachRemaining(name -> {
            assertEquals("host", overlay.path(name).path("network_mode").asText(), name);
            String hosts = overlay.path(name).path("extra_hosts").toString();
            for (String target : List.of("kafka", "postgres", "demo-target")) {
                assertTrue(hosts.contains("\"" + target + ":127.0.0.1\""), name + " " + target);
            }
        });
    }

    @Test
    void oneDockerfileBuildsEveryServiceAsNonRootOnAConfigurableJava17Base() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("deploy/docker/Dockerfile"));
        assertTrue(dockerfile.contains("ARG BASE_IMAGE=eclipse-temurin:17-jre"), "default base image");
        List<String> users = dockerfile.lines().filter(l -> l.startsWith("USER ")).toList();
        assertEquals("USER 10001", users.get(users.size() - 1), "runs as a non-root user");
        String buildImages = Files.readString(ROOT.resolve("deploy/docker/build-images"));
        for (String name : services()) {
            assertTrue(buildImages.matches("(?s).*services=\\([^)]*\\b" + name + "\\b.*"), "build-images builds " + name);
        }
    }

    private static String projectVersion() throws Exception {
        Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertTrue(m.find());
        return m.group(1);
    }
}
