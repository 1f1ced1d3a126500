package io.selfhealing.infra.launch;

import io.selfhealing.infra.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to launch and how.
 *
 * @param fixedPorts      true: the documented ports (coordinator 8080 ... demo-target 8090); false: free ports
 * @param agentProperties extra system properties per agent name (timing knobs of a test, say)
 * @param demoProperties  system properties for every demo target
 * @param extraTargets    targets YAML list items ({@code "  - id: ..."} lines) appended after the demo targets, for
 *                        targets a test declares itself (config repositories, dependencies, Kubernetes objects)
 * @param skippedAgents   agents not started, e.g. monitor-agent and error-detector when a test feeds their events
 * @param targetsFile     a targets file of the user's, given to the agents as it is (no demo targets, no extra
 *                        targets), or null: the launcher writes one
 */
public record LaunchOptions(Path repoRoot, Path workDir, String kafkaBootstrap, int postgresPort,
        List<String> demoTargets, boolean fixedPorts, int initialDelayMs, int probeIntervalSeconds,
        Map<String, Map<String, String>> agentProperties, Map<String, String> demoProperties, String operatorPassword,
        List<String> jvmArgs, Duration readyTimeout, List<String> extraTargets, Set<String> skippedAgents,
        Path targetsFile) {

    static final Map<String, Integer> PORTS = Map.of("coordinator", 8080, "monitor-agent", 8081,
            "error-detector", 8082, "root-cause-analyst", 8083, "fix-engineer", 8084, "backup-manager", 8085,
            "notifier", 8086, "learning-engine", 8087, "demo-target", 8090);

    public static final List<String> DEFAULT_JVM_ARGS = List.of("-Xmx128m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xss512k");

    public LaunchOptions {
        extraTargets = List.copyOf(extraTargets);
        skippedAgents = Set.copyOf(skippedAgents);
    }

    /** The launcher writes the targets file (demo targets plus {@code extraTargets}). */
    public LaunchOptions(Path repoRoot, Path workDir, String kafkaBootstrap, int postgresPort, List<String> demoTargets,
            boolean fixedPorts, int initialDelayMs, int probeIntervalSeconds,
            Map<String, Map<String, String>> agentProperties, Map<String, String> demoProperties,
            String operatorPassword, List<String> jvmArgs, Duration readyTimeout, List<String> extraTargets,
            Set<String> skippedAgents) {
        this(repoRoot, workDir, kafkaBootstrap, postgresPort, demoTargets, fixedPorts, initialDelayMs,
                probeIntervalSeconds, agentProperties, demoProperties, operatorPassword, jvmArgs, readyTimeout,
                extraTargets, skippedAgents, null);
    }

    /** Every agent, only the demo targets in the targets file. */
    public LaunchOptions(Path repoRoot, Path workDir, String kafkaBootstrap, int postgresPort, List<String> demoTargets,
            boolean fixedPorts, int initialDelayMs, int probeIntervalSeconds,
            Map<String, Map<String, String>> agentProperties, Map<String, String> demoProperties,
            String operatorPassword, List<String> jvmArgs, Duration readyTimeout) {
        this(repoRoot, workDir, kafkaBootstrap, postgresPort, demoTargets, fixedPorts, initialDelayMs,
                probeIntervalSeconds, agentProperties, demoProperties, operatorPassword, jvmArgs, readyTimeout, List.of(),
                Set.of(), null);
    }

    int port(String service, int index) {
        return fixedPorts ? PORTS.get(service) + index : Ports.free();
    }

    String postgresUrl(String database) {
        return "postgresql://localhost:" + postgresPort + "/" + database;
    }
}
