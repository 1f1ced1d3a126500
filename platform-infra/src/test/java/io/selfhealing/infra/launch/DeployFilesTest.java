package io.selfhealing.infra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * docker compose and the Prometheus scrape configuration name every agent of the launcher with the
 * port the launcher gives it, so they cannot drift; which agents get the targets file follows from
 * their code, not from a list here. (Kubernetes: KubernetesManifestsTest and its siblings check the
 * rendered overlays.)
 */
class DeployFilesTest {

    private static final String TARGETS = "/etc/healing/targets.yaml";

    @Test
    void composeRunsEveryAgentOnItsPort() throws Exception {
        JsonNode services = compose();
        for (String agent : RenderedOverlays.agents()) {
            int port = LaunchOptions.PORTS.get(agent);
            JsonNode service = services.path(agent);
            assertTrue(service.isObject(), "compose has no service " + agent);
            assertTrue(service.path("ports").toString().contains(port + ":" + port), agent + " on " + port);
        }
    }

    @Test
    void agentsThatReadTheTargetsFileGetItMountedInCompose() throws Exception {
        JsonNode services = compose();
        int readers = 0;
        for (String agent : RenderedOverlays.agents()) {
            if (!RenderedOverlays.mainCodeMentions(agent, "targets-file")) {
                continue;
            }
            readers++;
            JsonNode service = services.path(agent);
            assertEquals(TARGETS, service.path("environment").path("HEALING_TARGETS_FILE").asText(), agent);
            assertTrue(service.path("volumes").toString().contains(":" + TARGETS + ":ro"), agent);
        }
        assertTrue(readers > 0, "some agent reads the targets file");
    }

    @Test
    void prometheusScrapesEveryAgentsMetrics() throws Exception {
        JsonNode jobs = RenderedOverlays.YAML.readTree(RenderedOverlays.ROOT.resolve("deploy/prometheus/prometheus.yml")
                .toFile()).path("scrape_configs");
        for (String agent : RenderedOverlays.agents()) {
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

    @Test
    void theAgentDownAlertAndDashboardWatchEveryAgentsJob() throws Exception {
        JsonNode rules = RenderedOverlays.YAML.readTree(RenderedOverlays.ROOT.resolve("deploy/prometheus/alerts.yml").toFile());
        java.util.Set<String> alerted = new java.util.TreeSet<>();
        rules.path("groups").forEach(g -> g.path("rules").forEach(r -> {
            if (r.path("alert").asText().equals("HealingAgentDown")) {
                alerted.addAll(jobs(r.path("expr").asText()));
            }
        }));
        JsonNode dashboard = RenderedOverlays.YAML.readTree(RenderedOverlays.ROOT
                .resolve("deploy/grafana/dashboards/self-healing.json").toFile());
        java.util.Set<String> charted = new java.util.TreeSet<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> {
            if (t.path("expr").asText().startsWith("up{")) {
                charted.addAll(jobs(t.path("expr").asText()));
            }
        }));
        assertTrue(alerted.containsAll(RenderedOverlays.agents()), "HealingAgentDown watches " + alerted);
        assertTrue(charted.containsAll(RenderedOverlays.agents()), "the dashboard's up panel shows " + charted);
    }

    private static java.util.List<String> jobs(String expr) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("job=~\"([^\"]*)\"").matcher(expr);
        return m.find() ? java.util.List.of(m.group(1).split("\\|")) : java.util.List.of();
    }

    private static JsonNode compose() throws Exception {
        return RenderedOverlays.YAML.readTree(RenderedOverlays.ROOT.resolve("docker-compose.yml").toFile()).path("services");
    }
}
