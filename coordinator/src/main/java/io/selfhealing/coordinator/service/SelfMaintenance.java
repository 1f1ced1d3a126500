package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.coordinator.config.ControlRoomConfig;
import io.selfhealing.coordinator.config.CoordinatorConfig;
import io.selfhealing.coordinator.repository.AlertRecordEntity;
import io.selfhealing.coordinator.repository.ErrorReportEntity;
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
import java.util.Objects;
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
    private final ErrorRetention errorRetention;

    public SelfMaintenance(ControlRoomConfig config, CoordinatorConfig coordinator, ReportService reports,
            BackupVerifier backups, Outbox outbox) {
        this.config = config;
        this.reports = reports;
        this.backups = backups;
        this.outbox = outbox;
        var v = coordinator.validation();
        this.errorRetention = new ErrorRetention(v.lookback(), v.baselineWindow());
    }

    /** Every task once; each task's failure is reported, never stops the others. */
    public Uni<Map<String, Object>> runAll(Instant now) {
        return retention(now.minus(config.retention()), now).onFailure().recoverWithItem(e -> -1L)
                .flatMap(deleted -> verifyBackups().flatMap(verified -> dailyReport(now, verified)
                        .replaceWith(Map.<String, Object>of("deleted", deleted, "backups_checked", verified.checked(),
                                "backups_failed", verified.failed()))));
    }

    @WithTransaction
    public Uni<Long> retention(Instant cutoff, Instant now) {
        Uni<Long> history = HealthSampleEntity.delete("at < ?1", cutoff)
                .flatMap(a -> deleteErrorReports(cutoff, now).map(b -> a + b))
                .flatMap(ab -> AlertRecordEntity.delete("at < ?1", cutoff).map(c -> ab + c));
        return history.flatMap(h -> IncidentEntity.<IncidentEntity>list("updatedAt < ?1 and state in ?2", cutoff,
                        IncidentRepository.terminalStates())
                .flatMap(old -> old.isEmpty() ? Uni.createFrom().item(h) : TransitionEntity
                        .delete("incidentId in ?1", old.stream().map(i -> i.id).toList())
                        .flatMap(t -> IncidentEntity.delete("id in ?1", old.stream().map(i -> i.id).toList()))
                        .map(n -> h + n)));
    }

    /**
     * Error reports serve validation as well as history: the cutoff moves back to what the earliest
     * incident still in flight (or one opening now) will read, which is by the time of the last line
     * ({@code lastSeen}, the column validation reads by).
     */
    private Uni<Long> deleteErrorReports(Instant cutoff, Instant now) {
        return IncidentEntity.<IncidentEntity>list("state not in ?1", IncidentRepository.terminalStates())
                .map(open -> open.stream().map(i -> i.createdAt).filter(Objects::nonNull).min(Instant::compareTo))
                .flatMap(earliest -> {
                    Instant c = errorRetention.cutoff(cutoff, now, earliest);
                    return ErrorReportEntity.delete("lastSeen < ?1", c);
                });
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
