package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.coordinator.config.ControlRoomConfig;
import io.selfhealing.coordinator.repository.AlertRecordEntity;
import io.selfhealing.coordinator.repository.ErrorSampleEntity;
import io.selfhealing.coordinator.repository.HealthSampleEntity;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.IncidentRepository;
import io.selfhealing.coordinator.repository.TransitionEntity;
import io.selfhealing.coordinator.rest.ReportView;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.Severity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * What the platform does to itself on its schedule: retention (incidents, history), backup
 * verification through backup-manager, and the daily report published on healing.alerts (one
 * alert key per day, so a notifier sends it once however many coordinators run).
 */
@ApplicationScoped
public class SelfMaintenance {

    private static final Logger LOG = Logger.getLogger(SelfMaintenance.class);

    private final ControlRoomConfig config;
    private final ReportService reports;
    private final BackupVerifier backups;
    private final Outbox outbox;

    public SelfMaintenance(ControlRoomConfig config, ReportService reports, BackupVerifier backups, Outbox outbox) {
        this.config = config;
        this.reports = reports;
        this.backups = backups;
        this.outbox = outbox;
    }

    /** Every task once; each task's failure is reported, never stops the others. */
    public Uni<Map<String, Object>> runAll(Instant now) {
        return retention(now.minus(config.retention())).onFailure().recoverWithItem(e -> -1L)
                .flatMap(deleted -> verifyBackups().flatMap(verified -> dailyReport(now, verified)
                        .replaceWith(Map.<String, Object>of("deleted", deleted, "backups_checked", verified.checked(),
                                "backups_failed", verified.failed()))));
    }

    @WithTransaction
    public Uni<Long> retention(Instant cutoff) {
        Uni<Long> history = HealthSampleEntity.delete("at < ?1", cutoff)
                .flatMap(a -> ErrorSampleEntity.delete("at < ?1", cutoff).map(b -> a + b))
                .flatMap(ab -> AlertRecordEntity.delete("at < ?1", cutoff).map(c -> ab + c));
        return history.flatMap(h -> IncidentEntity.<IncidentEntity>list("updatedAt < ?1 and state in ?2", cutoff,
                        IncidentRepository.terminalStates())
                .flatMap(old -> old.isEmpty() ? Uni.createFrom().item(h) : TransitionEntity
                        .delete("incidentId in ?1", old.stream().map(i -> i.id).toList())
                        .flatMap(t -> IncidentEntity.delete("id in ?1", old.stream().map(i -> i.id).toList()))
                        .map(n -> h + n)));
    }

    Uni<BackupVerifier.Result> verifyBackups() {
        if (config.backupManagerUrl().isEmpty()) {
            return Uni.createFrom().item(new BackupVerifier.Result(0, List.of()));
        }
        return backups.verifyAll(config.backupManagerUrl().get()).onFailure().recoverWithItem(
                e -> new BackupVerifier.Result(0, List.of("backup-manager unreachable: " + e.getMessage())));
    }

    @WithTransaction
    Uni<Void> dailyReport(Instant now, BackupVerifier.Result verified) {
        return reports.report(now.minus(Duration.ofDays(1)), now).flatMap(report -> {
            String day = LocalDate.ofInstant(now, ZoneId.of(config.timeZone())).toString();
            boolean bad = !verified.failed().isEmpty();
            String message = summary(report) + "; backups verified: " + verified.checked()
                    + (bad ? ", FAILED: " + String.join("; ", verified.failed()) : "");
            LOG.infof("self-maintenance: %s", message);
            return outbox.add(new AlertRaised(EventHeader.create("coordinator", "platform"),
                    bad ? Severity.HIGH : Severity.LOW, bad ? "backup verification failed" : "daily report " + day,
                    IncidentTransitions.truncate(message), null, null, null, "daily-report-" + day, List.of(),
                    Map.of("kind", "daily_report", "report", "/api/report?from=" + now.minus(Duration.ofDays(1))
                            + "&to=" + now)));
        });
    }

    private static String summary(ReportView r) {
        ReportView.Operations ops = r.performanceMetrics().healingOperations();
        return "last 24 h: system " + r.healthStatus().systemHealth() + ", " + ops.totalExecuted() + " fixes"
                + (ops.successRate() == null ? "" : String.format(" (%.0f%% resolved)", 100 * ops.successRate()))
                + ", " + r.alertsGenerated().size() + " alerts";
    }
}
