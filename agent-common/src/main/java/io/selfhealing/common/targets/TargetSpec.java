package io.selfhealing.common.targets;

import java.util.List;
import java.util.Map;

/**
 * One monitored system, as declared in the targets YAML file. Each agent reads the part it needs:
 * monitor-agent the probe and logs, fix-engineer and backup-manager the config location,
 * root-cause-analyst the dependencies.
 *
 * @param id        unique, lower-case letters, digits and dashes
 * @param type      probe type (http, host, postgresql, ...)
 * @param probe     probe settings of that type (url, timeoutMs, intervalSeconds, thresholds...)
 * @param logs      log files collected into healing.logs
 * @param config    where the target's tunables live, if the platform may change them
 * @param dependsOn ids of targets this one depends on
 */
public record TargetSpec(String id, String type, Map<String, Object> probe, List<String> logs,
        ConfigLocation config, List<String> dependsOn) {

    public TargetSpec {
        probe = probe == null ? Map.of() : Map.copyOf(probe);
        logs = logs == null ? List.of() : List.copyOf(logs);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /**
     * A properties (or YAML/.env) file inside a git work tree.
     *
     * @param repository path of the git work tree
     * @param file       path of the file relative to the work tree
     */
    public record ConfigLocation(String repository, String file) {
    }
}
