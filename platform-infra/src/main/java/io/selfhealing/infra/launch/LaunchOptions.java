package io.selfhealing.infra.launch;

import io.selfhealing.infra.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What to launch and how.
 *
 * @param fixedPorts      true: the documented ports (coordinator 8080 ... demo-target 8090); false: free ports
 * @param agentProperties extra system properties per agent name (timing knobs of a test, say)
 * @param demoProperties  system properties for every demo target
 */
public record LaunchOptions(Path repoRoot, Path workDir, String kafkaBootstrap, int postgresPort,
        List<String> demoTargets, boolean fixedPorts, int initialDelayMs, int probeIntervalSeconds,
        Map<String, Map<String, String>> agentProperties, Map<String, String> demoProperties, String operatorPassword,
        List<String> jvmArgs, Duration readyTimeout) {

    static final Map<String, Integer> PORTS = Map.of("coordinator", 8080, "monitor-agent", 8081,
            "error-detector", 8082, "root-cause-analyst", 8083, "fix-engineer", 8084, "backup-manager", 8085,
            "learning-engine", 8087, "demo-target", 8090);

    public static final List<String> DEFAULT_JVM_ARGS = List.of("-Xmx128m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xss512k");

    int port(String service, int index) {
        return fixedPorts ? PORTS.get(service) + index : Ports.free();
    }

    String postgresUrl(String database) {
        return "postgresql://localhost:" + postgresPort + "/" + database;
    }
}
