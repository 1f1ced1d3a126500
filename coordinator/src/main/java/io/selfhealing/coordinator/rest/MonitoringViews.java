package io.selfhealing.coordinator.rest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.selfhealing.coordinator.domain.SwitchState;
import io.selfhealing.events.CheckResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the seed's /api/monitoring endpoints (snake_case). */
public final class MonitoringViews {

    private MonitoringViews() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Health(String overallStatus, Map<String, TargetCheck> checks) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TargetCheck(String status, String type, Long latencyMs, List<String> reasons,
            List<CheckResult> checks, Instant lastReport) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    /** {@code switches}: the runtime switches with who set them, when and why ({@code /api/switches}). */
    public record Status(String autonomousMode, Instant lastCheck, FixStatistics fixStatistics,
            List<Backup> recentBackups, long openIncidents, int confidenceThreshold, long validationWindowSeconds,
            boolean dryRun, Map<String, SwitchState> switches) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FixStatistics(long totalFixes, double successRate, Map<String, TypeStats> byType,
            Instant lastUpdated) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TypeStats(long total, long successes, double successRate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Backups(List<Backup> backups, int total) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Backup(String backupId, String timestamp, List<String> files, Map<String, Object> metadata) {
    }

    /**
     * Fresh results of a trigger-check: {@code issues} = targets not healthy, {@code requested} = how many
     * targets monitor-agent probes for the request, {@code complete} = all of them answered in time.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CheckResults(String status, long issues, Instant timestamp, String requestId, boolean complete,
            int requested, Map<String, TargetCheck> checks) {
    }
}
