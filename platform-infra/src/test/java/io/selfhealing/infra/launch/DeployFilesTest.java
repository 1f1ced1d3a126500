package io.selfhealing.infra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deploy files name every agent with the port the launcher gives it, so they cannot drift. */
class DeployFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String TARGETS = "/etc/healing/targets.yaml";

    @Test
    void composeRunsEveryAgentOnItsPort() throws Exception {
        JsonNode services = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).path("services");
        for (String agent : agents()) {
            int port = LaunchOptions.PORTS.get(agent);
            JsonNode service = services.path(agent);
            assertEquals(port + ":" + port, service.path("ports").path(0).asText(), agent);
            assertEquals("./" + agent + "/target/quarkus-app:/app:ro", service.path("volumes").path(0).asText(), agent);
        }
    }

    @Test
    void kubernetesHasADeploymentAndServicePerAgentWithProbesOnItsPort() throws Exception {
        List<JsonNode> docs = documents(ROOT.resolve("deploy/kubernetes/self-healing.yaml"));
        for (String agent : agents()) {
            int port = LaunchOptions.PORTS.get(agent);
            JsonNode deployment = find(docs, "Deployment", agent);
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").path(0);
            assertEquals(port, container.path("ports").path(0).path("containerPort").asInt(), agent);
            assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
            assertEquals(port, find(docs, "Service", agent).path("spec").path("ports").path(0).path("port").asInt());
        }
    }

    @Test
    void agentsThatReadTheTargetsFileGetItMountedInBothDeployFiles() throws Exception {
        JsonNode services = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).path("services");
        List<JsonNode> docs = documents(ROOT.resolve("deploy/kubernetes/self-healing.yaml"));
        for (String agent : List.of("monitor-agent", "fix-engineer", "backup-manager")) {
            JsonNode service = services.path(agent);
            assertEquals(TARGETS, service.path("environment").path("HEALING_TARGETS_FILE").asText(), agent);
            assertTrue(service.path("volumes").toString().contains(":" + TARGETS + ":ro"), agent);
            JsonNode pod = find(docs, "Deployment", agent).path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").path(0);
            boolean env = false;
            for (JsonNode e : container.path("env")) {
                env |= e.path("name").asText().equals("HEALING_TARGETS_FILE") && e.path("value").asText().equals(TARGETS);
            }
            assertTrue(env, agent);
            assertTrue(container.path("volumeMounts").toString().contains("\"mountPath\":\"/etc/healing\""), agent);
            assertTrue(pod.path("volumes").toString().contains("targets.yaml"), agent);
        }
    }

    @Test
    void prometheusScrapesEveryAgentsMetrics() throws Exception {
        JsonNode jobs = YAML.readTree(ROOT.resolve("deploy/prometheus/prometheus.yml").toFile()).path("scrape_configs");
        for (String agent : agents()) {
            boolean scraped = false;
            for (JsonNode job : jobs) {
                scraped |= job.path("job_name").asText().equals(agent)
                        && job.path("metrics_path").asText().equals("/q/metrics")
                        && job.path("static_configs").path(0).path("targets").path(0).asText()
                                .equals(agent + ":" + LaunchOptions.PORTS.get(agent));
            }
            assertTrue(scraped, agent);
        }
    }

    private static List<String> agents() {
        return PlatformLauncher.AGENTS.stream().map(a -> a[0]).toList();
    }

    private static List<JsonNode> documents(Path file) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(Files.readString(file))) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
        }
        return docs;
    }

    private static JsonNode find(List<JsonNode> docs, String kind, String name) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)
                && d.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
