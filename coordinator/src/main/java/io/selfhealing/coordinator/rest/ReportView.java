package io.selfhealing.coordinator.rest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The monitoring report of seed 004 (snake_case), filled from the platform's own records. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReportView(Session monitoringSession, HealthStatus healthStatus, Performance performanceMetrics,
        List<Alert> alertsGenerated, Schedule maintenanceSchedule) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Session(String sessionId, Instant startTime, Instant endTime, long durationSeconds) {
    }

    /**
     * {@code system_health}: worst latest status over the targets; {@code targets}: each target's latest
     * status and its availability (share of healthy reports) within the period.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record HealthStatus(String systemHealth, String repositoryHealth, String processHealth,
            Resources resourceUtilization, Map<String, TargetHealth> targets) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TargetHealth(String status, Double availability, long reports) {
    }

    /** The coordinator process's own use (the seed's resource_utilization). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Resources(Double cpuPercent, double memoryMb, Double diskPercent) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Performance(Operations healingOperations, Map<String, Long> incidentsByState,
            ResourceUsage resourceUsage) {
    }

    /** Fixes started in the period and finished: time from backup start to the final state. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Operations(long totalExecuted, Double averageTimeSeconds, Double minTimeSeconds,
            Double maxTimeSeconds, Double successRate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ResourceUsage(double peakMemoryMb, Double averageCpuPercent, Long ioOperations) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Alert(String alertId, String severity, String message, Instant timestamp, String status,
            String targetId, String incidentId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Schedule(Instant nextCleanup, String cleanupFrequency, List<String> automatedTasks,
            List<Window> windows) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Window(String id, String targetId, String reason, String schedule, Instant nextStart,
            boolean activeNow) {
    }
}
