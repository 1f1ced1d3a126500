package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.selfhealing.coordinator.config.ControlRoomConfig;
import io.selfhealing.coordinator.domain.RecurringWindow;
import io.selfhealing.coordinator.repository.AlertRecordEntity;
import io.selfhealing.coordinator.repository.HealthSampleEntity;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.MaintenanceWindowEntity;
import io.selfhealing.coordinator.rest.ReportView;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.IncidentState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds the seed-004 monitoring report for a period from incidents, health and alert history. */
@ApplicationScoped
public class ReportService {

    static final List<String> TASKS = List.of("backup_verification", "retention", "daily_report");

    private final IncidentQueries queries;
    private final HistoryService history;
    private final ControlRoomConfig config;
    private final ProcessResources resources;

    public ReportService(IncidentQueries queries, HistoryService history, ControlRoomConfig config,
            ProcessResources resources) {
        this.queries = queries;
        this.history = history;
        this.config = config;
        this.resources = resources;
    }

    @WithSession
    public Uni<ReportView> report(Instant from, Instant to) {
        Uni<List<IncidentEntity>> incidents = IncidentEntity.list("createdAt >= ?1 and createdAt < ?2", from, to);
        return queries.latestHealth().flatMap(latest -> history.samples(from, to).flatMap(samples -> incidents
                .flatMap(list -> history.alerts(from, to).flatMap(alerts -> MaintenanceWindowEntity
                        .<MaintenanceWindowEntity>list("endsAt > ?1", to.isAfter(Instant.now()) ? Instant.now() : to)
                        .map(windows -> new ReportView(session(from, to), health(latest, samples),
                                performance(list), alerts.stream().map(ReportService::alert).toList(),
                                schedule(windows, to)))))));
    }

    private static ReportView.Session session(Instant from, Instant to) {
        return new ReportView.Session("report-" + from.getEpochSecond() + "-" + to.getEpochSecond(), from, to,
                Duration.between(from, to).toSeconds());
    }

    private ReportView.HealthStatus health(List<HealthReported> latest, List<HealthSampleEntity> samples) {
        Map<String, List<HealthSampleEntity>> byTarget = samples.stream()
                .collect(Collectors.groupingBy(s -> s.targetId, TreeMap::new, Collectors.toList()));
        Map<String, ReportView.TargetHealth> targets = new TreeMap<>();
        for (HealthReported r : latest) {
            List<HealthSampleEntity> own = byTarget.getOrDefault(r.header().targetId(), List.of());
            long healthy = own.stream().filter(s -> "healthy".equals(s.status)).count();
            targets.put(r.header().targetId(), new ReportView.TargetHealth(r.status().name().toLowerCase(),
                    own.isEmpty() ? null : (double) healthy / own.size(), own.size()));
        }
        String system = MonitoringService.overall(latest);
        String repositories = MonitoringService.overall(latest.stream().filter(r -> "git".equals(r.targetType())).toList());
        return new ReportView.HealthStatus(system, repositories, "running", resources.now(), targets);
    }

    private ReportView.Performance performance(List<IncidentEntity> incidents) {
        List<IncidentEntity> fixes = incidents.stream()
                .filter(i -> i.fixStartedAt != null && i.state.terminal()).toList();
        List<Double> seconds = fixes.stream()
                .map(i -> Duration.between(i.fixStartedAt, i.updatedAt).toMillis() / 1000.0).toList();
        long resolved = fixes.stream().filter(i -> i.state == IncidentState.RESOLVED).count();
        ReportView.Operations ops = new ReportView.Operations(fixes.size(),
                seconds.stream().mapToDouble(d -> d).average().stream().boxed().findFirst().orElse(null),
                seconds.stream().min(Double::compare).orElse(null), seconds.stream().max(Double::compare).orElse(null),
                fixes.isEmpty() ? null : (double) resolved / fixes.size());
        Map<String, Long> byState = new LinkedHashMap<>();
        incidents.forEach(i -> byState.merge(i.state.name(), 1L, Long::sum));
        return new ReportView.Performance(ops, byState, resources.usage());
    }

    private static ReportView.Alert alert(AlertRecordEntity a) {
        return new ReportView.Alert(a.eventId, a.severity, a.title + ": " + a.message, a.at, "raised", a.targetId,
                a.incidentId);
    }

    private ReportView.Schedule schedule(List<MaintenanceWindowEntity> windows, Instant at) {
        RecurringWindow self = RecurringWindow.of(config.selfMaintenanceCron(), config.timeZone(), Duration.ofMinutes(1));
        List<ReportView.Window> views = windows.stream().map(w -> w.recurring()
                ? new ReportView.Window(w.id, w.targetId, w.reason, w.schedule().describe(),
                        w.schedule().nextOpening(at).orElse(null), w.schedule().activeAt(Instant.now()))
                : new ReportView.Window(w.id, w.targetId, w.reason, w.startsAt + " .. " + w.endsAt, w.startsAt,
                        !w.startsAt.isAfter(Instant.now()))).toList();
        return new ReportView.Schedule(self.nextOpening(Instant.now()).orElse(null),
                config.selfMaintenanceCron() + " " + config.timeZone(), TASKS, views);
    }
}
