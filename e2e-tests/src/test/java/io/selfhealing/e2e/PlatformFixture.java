package io.selfhealing.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.launch.LaunchOptions;
import io.selfhealing.infra.launch.PlatformClient;
import io.selfhealing.infra.launch.PlatformLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;

/** The whole platform as processes, with short windows, and ways to look at it. */
final class PlatformFixture implements AutoCloseable {

    static final String PASSWORD = "e2e-operator-secret";
    private static final Set<String> TERMINAL = Set.of("RESOLVED", "ROLLED_BACK", "FAILED", "REJECTED");

    final PlatformLauncher platform;
    final PlatformClient client = new PlatformClient(PASSWORD);

    PlatformFixture(List<String> demoTargets) throws Exception {
        this(demoTargets, work -> List.of(), Set.of(), Map.of());
    }

    /** Writes a test's own targets (YAML list items) given the launch's work directory. */
    interface ExtraTargets {
        List<String> write(Path workDir) throws Exception;
    }

    /**
     * A launch shaped by the test: targets it appends to the targets file, agents it does not need,
     * agent properties on top of the fixture's.
     */
    PlatformFixture(List<String> demoTargets, ExtraTargets extraTargets, Set<String> skippedAgents,
            Map<String, Map<String, String>> agentProperties) throws Exception {
        SharedInfra infra = SharedInfra.get();
        PlatformLauncher.databases().forEach(infra.database()::createDatabase);
        Path root = Path.of(System.getProperty("healing.repo-root", "..")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory(root.resolve("e2e-tests/target"), "platform-");
        Map<String, Map<String, String>> props = new HashMap<>(Map.of(
                "coordinator", Map.of("healing.coordinator.validation.window", "10s",
                        "healing.coordinator.validation.grace", "2s"),
                "error-detector", Map.of("healing.detector.report-interval", "1s"),
                "monitor-agent", Map.of("healing.monitor.heartbeat", "5s")));
        agentProperties.forEach((agent, more) -> props.merge(agent, more, (a, b) -> {
            Map<String, String> merged = new HashMap<>(a);
            merged.putAll(b);
            return merged;
        }));
        LaunchOptions options = new LaunchOptions(root, work, infra.kafka().bootstrapServers(),
                infra.database().port(), demoTargets, false, 800, 1, props, Map.of(), PASSWORD,
                LaunchOptions.DEFAULT_JVM_ARGS, Duration.ofMinutes(Long.getLong("healing.e2e.ready-minutes", 3)),
                extraTargets.write(work), skippedAgents);
        platform = new PlatformLauncher(options);
        try {
            platform.start();
        } catch (Exception e) {
            platform.close();
            throw e;
        }
    }

    String coordinator() {
        return platform.service("coordinator").url();
    }

    void injectRateLimit(String demo, String body) {
        client.post(platform.demo(demo).url() + "/fault/rate-limit", body);
    }

    /** Waits for the target's incident to reach {@code state}; fails at once if it ends otherwise. */
    JsonNode awaitIncident(String target, String state, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<String> seen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode incident : client.get(coordinator() + "/api/incidents?target=" + target).path("data")) {
                String current = incident.path("state").asText();
                if (current.equals(state)) {
                    return client.get(coordinator() + "/api/incidents/" + incident.path("id").asText()).path("data");
                }
                if (TERMINAL.contains(current)) {
                    seen.add(incident.path("id").asText() + "=" + current + " (" + incident.path("resolution").asText()
                            + ")");
                }
            }
            if (!seen.isEmpty()) {
                throw new AssertionError(target + ": expected " + state + " but incidents ended " + seen);
            }
            Thread.sleep(500);
        }
        throw new AssertionError(target + ": no incident reached " + state + " within " + timeout + "; incidents: "
                + client.get(coordinator() + "/api/incidents?target=" + target));
    }

    List<RevCommit> commits(String demo) throws Exception {
        try (Git git = Git.open(platform.demo(demo).repository().toFile())) {
            return StreamSupport.stream(git.log().call().spliterator(), false).toList();
        }
    }

    byte[] configBytes(String demo) throws Exception {
        return Files.readAllBytes(platform.demo(demo).configFile());
    }

    @Override
    public void close() {
        platform.close();
    }
}
