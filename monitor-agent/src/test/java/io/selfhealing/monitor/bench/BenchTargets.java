package io.selfhealing.monitor.bench;

import java.nio.file.Path;

/** 50 mixed loopback targets: 30 http, 8 postgresql, 4 kafka, 4 git, 3 process, 1 host. */
final class BenchTargets {

    private BenchTargets() {
    }

    static String yaml(int httpPort, Path repo, String jdbcUrl, String bootstrap) {
        StringBuilder y = new StringBuilder("targets:\n");
        for (int i = 0; i < 30; i++) {
            target(y, "web-" + i, "http", "{url: \"http://127.0.0.1:" + httpPort + "/health/" + i + "\"}");
        }
        for (int i = 0; i < 8; i++) {
            target(y, "db-" + i, "postgresql", "{url: \"" + jdbcUrl + "\"}");
        }
        for (int i = 0; i < 4; i++) {
            target(y, "kafka-" + i, "kafka", "{bootstrapServers: \"" + bootstrap + "\"}");
        }
        for (int i = 0; i < 4; i++) {
            target(y, "repo-" + i, "git", "{path: \"" + repo + "\"}");
        }
        for (int i = 0; i < 3; i++) {
            target(y, "proc-" + i, "process", "{pattern: \"java\"}");
        }
        target(y, "host", "host", "{}");
        return y.toString();
    }

    private static void target(StringBuilder y, String id, String type, String probe) {
        y.append("  - id: ").append(id).append("\n    type: ").append(type).append("\n    probe: ")
                .append(probe.replace("}", probe.equals("{}") ? "intervalSeconds: 5, timeoutMs: 2000}"
                        : ", intervalSeconds: 5, timeoutMs: 2000}"))
                .append('\n');
    }
}
