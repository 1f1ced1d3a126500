package io.selfhealing.monitor.service.probe;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.HealthStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The status of one container from its Engine API inspect document ({@code GET /containers/{id}/json}):
 * running (and healthy, or without a health check, or still starting) → HEALTHY; running but
 * unhealthy, restarting, exited or dead → CRITICAL; paused or created → WARNING.
 */
record ContainerVerdict(String name, HealthStatus status, String reason, long restartCount, Map<String, Object> details) {

    static ContainerVerdict of(JsonNode inspect) {
        String name = inspect.path("Name").asText("").replaceFirst("^/", "");
        JsonNode state = inspect.path("State");
        String status = state.path("Status").asText("unknown");
        String health = state.path("Health").path("Status").asText("none");
        long restarts = inspect.path("RestartCount").asLong(0);
        int exitCode = state.path("ExitCode").asInt(0);
        boolean oom = state.path("OOMKilled").asBoolean(false);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", status);
        details.put("health", health);
        details.put("restartCount", restarts);
        details.put("image", inspect.path("Config").path("Image").asText(""));
        if (!state.path("Running").asBoolean(false)) {
            details.put("exitCode", exitCode);
            details.put("oomKilled", oom);
        }
        return switch (status) {
            case "running" -> "unhealthy".equals(health)
                    ? new ContainerVerdict(name, HealthStatus.CRITICAL, "container " + name + " is unhealthy (failing streak "
                            + state.path("Health").path("FailingStreak").asInt(0) + ")", restarts, details)
                    : new ContainerVerdict(name, HealthStatus.HEALTHY, null, restarts, details);
            case "restarting" -> new ContainerVerdict(name, HealthStatus.CRITICAL, "container " + name
                    + " is restarting (restart count " + restarts + ")", restarts, details);
            case "paused", "created" -> new ContainerVerdict(name, HealthStatus.WARNING, "container " + name + " is "
                    + status, restarts, details);
            default -> new ContainerVerdict(name, HealthStatus.CRITICAL, "container " + name + " is " + status
                    + " (exit code " + exitCode + (oom ? ", OOMKilled" : "") + ")", restarts, details);
        };
    }
}
