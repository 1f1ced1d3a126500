package io.selfhealing.common.targets;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;

/**
 * One monitored system, as declared in the targets YAML file. Each agent reads the part it needs:
 * monitor-agent the probe and logs, fix-engineer and backup-manager the config location, the
 * Kubernetes objects and the admin endpoint, root-cause-analyst the dependencies.
 *
 * @param id         unique, lower-case letters, digits and dashes
 * @param type       probe type (http, host, postgresql, ...)
 * @param probe      probe settings of that type (url, timeoutMs, intervalSeconds, thresholds...)
 * @param logs       log files collected into healing.logs
 * @param config     where the target's tunables live, if the platform may change them
 * @param dependsOn  ids of targets this one depends on
 * @param kubernetes the target's Deployment / ConfigMap, if the platform may act on them
 * @param admin      the one admin endpoint the platform may call for this target (its allow-list)
 * @param logFormat  the header layout of the target's log lines, for error-detector (optional: by default
 *                   it learns each stream's layout): a Loghub-style layout such as
 *                   {@code <Date> <Time> <Level> <Component>: <Content>}, a regular expression with a
 *                   named group {@code content}, or {@code json}
 */
public record TargetSpec(String id, String type, Map<String, Object> probe, List<String> logs,
        ConfigLocation config, List<String> dependsOn, KubernetesLocation kubernetes, AdminEndpoint admin,
        String logFormat) {

    @JsonCreator
    public TargetSpec {
        probe = probe == null ? Map.of() : Map.copyOf(probe);
        logs = logs == null ? List.of() : List.copyOf(logs);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** A target without a declared log format (the shape before {@code logFormat} was added). */
    public TargetSpec(String id, String type, Map<String, Object> probe, List<String> logs,
            ConfigLocation config, List<String> dependsOn, KubernetesLocation kubernetes, AdminEndpoint admin) {
        this(id, type, probe, logs, config, dependsOn, kubernetes, admin, null);
    }

    /** A target without Kubernetes objects or admin endpoint (the shape before those were added). */
    public TargetSpec(String id, String type, Map<String, Object> probe, List<String> logs,
            ConfigLocation config, List<String> dependsOn) {
        this(id, type, probe, logs, config, dependsOn, null, null, null);
    }

    /**
     * A properties, YAML or .env file inside a git work tree.
     *
     * @param repository path of the git work tree
     * @param file       path of the file relative to the work tree
     * @param push       push each fix / revert commit to the work tree's {@code origin} (default false)
     */
    public record ConfigLocation(String repository, String file, Boolean push) {

        public ConfigLocation(String repository, String file) {
            this(repository, file, null);
        }

        @JsonCreator
        public ConfigLocation {
        }

        public boolean pushes() {
            return Boolean.TRUE.equals(push);
        }
    }

    /**
     * The target's objects in a Kubernetes cluster.
     *
     * @param namespace   namespace of the objects (required)
     * @param deployment  Deployment that restart and scale act on
     * @param configMap   ConfigMap whose keys hold the tunables
     * @param minReplicas lowest replica count scaling may set (default 1)
     * @param maxReplicas highest replica count scaling may set (default: the deployment is never scaled)
     */
    public record KubernetesLocation(String namespace, String deployment, String configMap, Integer minReplicas,
            Integer maxReplicas) {
    }

    /**
     * An HTTP admin endpoint: the only URL any fix may call for this target.
     *
     * @param url          absolute http(s) URL
     * @param method       POST (default) or PUT
     * @param bodyTemplate request body with placeholders {@code ${key}} and {@code ${value}} (JSON-escaped);
     *                     default {@code {"key":"${key}","value":"${value}"}}
     */
    public record AdminEndpoint(String url, String method, String bodyTemplate) {

        public static final String DEFAULT_BODY = "{\"key\":\"${key}\",\"value\":\"${value}\"}";

        public String methodOrDefault() {
            return method == null ? "POST" : method.toUpperCase(java.util.Locale.ROOT);
        }

        public String bodyOrDefault() {
            return bodyTemplate == null ? DEFAULT_BODY : bodyTemplate;
        }
    }
}
