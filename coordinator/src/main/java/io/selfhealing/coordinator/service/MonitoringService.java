package io.selfhealing.coordinator.service;

import io.selfhealing.coordinator.config.CoordinatorConfig;
import io.selfhealing.coordinator.domain.SwitchState;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.rest.MonitoringViews;
import io.selfhealing.events.CheckResult;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.LearningUpdated;
import io.selfhealing.events.ResourceRef;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the seed-compatible monitoring views from health, incidents and learned statistics. */
@ApplicationScoped
public class MonitoringService {

    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")
            .withZone(ZoneOffset.UTC);

    private final IncidentQueries queries;
    private final LearningCache learning;
    private final CoordinatorConfig config;
    private final RuntimeSwitches switches;

    public MonitoringService(IncidentQueries queries, LearningCache learning, CoordinatorConfig config,
            RuntimeSwitches switches) {
        this.switches = switches;
        this.queries = queries;
        this.learning = learning;
        this.config = config;
    }

    public Uni<MonitoringViews.Health> health() {
        return queries.latestHealth().map(reports -> {
            Map<String, MonitoringViews.TargetCheck> checks = new LinkedHashMap<>();
            reports.forEach(r -> checks.put(r.header().targetId(), check(r)));
            return new MonitoringViews.Health(overall(reports), checks);
        });
    }

    public Uni<MonitoringViews.Status> status() {
        return queries.latestHealth().flatMap(reports -> queries.countOpen().flatMap(open -> backups(5)
                .flatMap(recent -> switches.states().map(sw -> new MonitoringViews.Status(
                        sw.get(SwitchState.AUTONOMOUS).enabled() ? "enabled" : "disabled",
                        reports.stream().map(r -> r.header().occurredAt()).max(Comparator.naturalOrder()).orElse(null),
                        statistics(), recent.backups(), open, config.confidenceThreshold(),
                        config.validation().window().toSeconds(), sw.get(SwitchState.DRY_RUN).enabled(), sw)))));
    }

    public MonitoringViews.FixStatistics statistics() {
        Map<String, long[]> byFix = new LinkedHashMap<>();
        Instant last = null;
        for (LearningUpdated s : learning.all()) {
            long[] sums = byFix.computeIfAbsent(s.fixType(), k -> new long[2]);
            sums[0] += s.total();
            sums[1] += s.successes();
            last = last == null || s.header().occurredAt().isAfter(last) ? s.header().occurredAt() : last;
        }
        Map<String, MonitoringViews.TypeStats> byType = new LinkedHashMap<>();
        long total = 0;
        long successes = 0;
        for (var e : byFix.entrySet()) {
            byType.put(e.getKey(), new MonitoringViews.TypeStats(e.getValue()[0], e.getValue()[1],
                    rate(e.getValue()[1], e.getValue()[0])));
            total += e.getValue()[0];
            successes += e.getValue()[1];
        }
        return new MonitoringViews.FixStatistics(total, rate(successes, total), byType, last);
    }

    public Uni<MonitoringViews.Backups> backups(int limit) {
        return queries.withBackups(limit).map(list -> {
            List<MonitoringViews.Backup> backups = list.stream().map(MonitoringService::backup).toList();
            return new MonitoringViews.Backups(backups, backups.size());
        });
    }

    private static MonitoringViews.Backup backup(IncidentEntity incident) {
        FixPlan plan = IncidentTransitions.plan(incident);
        List<String> files = plan == null ? List.of() : plan.resources().stream().map(ResourceRef::describe).toList();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("reason", incident.fixType);
        metadata.put("confidence", incident.adjustedConfidence);
        metadata.put("incident_id", incident.id);
        metadata.put("target_id", incident.targetId);
        metadata.put("incident_state", incident.state.name());
        Instant at = incident.fixStartedAt == null ? incident.createdAt : incident.fixStartedAt;
        return new MonitoringViews.Backup(incident.backupId, BACKUP_TIME.format(at), files, metadata);
    }

    static MonitoringViews.TargetCheck check(HealthReported r) {
        Long latency = r.checks().stream().map(CheckResult::latencyMs).filter(Objects::nonNull).findFirst()
                .orElse(null);
        return new MonitoringViews.TargetCheck(r.status().name().toLowerCase(), r.targetType(), latency, r.reasons(),
                r.checks(), r.header().occurredAt());
    }

    static String overall(List<HealthReported> reports) {
        HealthStatus worst = reports.stream().map(HealthReported::status)
                .max(Comparator.comparingInt(Enum::ordinal)).orElse(HealthStatus.HEALTHY);
        return worst.name().toLowerCase();
    }

    private static double rate(long successes, long total) {
        return total == 0 ? 0.0 : (double) successes / total;
    }
}
