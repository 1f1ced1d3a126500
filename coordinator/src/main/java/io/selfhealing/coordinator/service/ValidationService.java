package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.coordinator.config.CoordinatorConfig;
import io.selfhealing.coordinator.domain.HealthCriterion;
import io.selfhealing.coordinator.domain.HealthSample;
import io.selfhealing.coordinator.domain.HealthSignal;
import io.selfhealing.coordinator.domain.IncidentPeriods;
import io.selfhealing.coordinator.domain.IncidentPeriods.Bounds;
import io.selfhealing.coordinator.domain.LineInterval;
import io.selfhealing.coordinator.domain.Observation;
import io.selfhealing.coordinator.domain.ValidationJudge;
import io.selfhealing.coordinator.domain.WatchedLines;
import io.selfhealing.coordinator.repository.DiagnosisEntity;
import io.selfhealing.coordinator.repository.ErrorReportEntity;
import io.selfhealing.coordinator.repository.HealthSampleEntity;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.IncidentEntity.RollbackCause;
import io.selfhealing.coordinator.repository.TargetHealthEntity;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.Severity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The validation window: error reports are stored as they come; at the persisted deadline the fix
 * is judged by {@link ValidationJudge} on the lines of the incident (see {@link WatchedLines}) over
 * baseline, during and after ({@link IncidentPeriods}) — RESOLVED, kept and escalated (PARTIAL), or
 * ROLLING_BACK with a restore command; for issue types with a health signal (latency, pool usage:
 * {@link HealthCriterion}) also on the target's stored health reports over the same periods. It judges
 * on a health report made at or after the deadline (waiting at most {@code fresh-signal-wait} for one),
 * so a restarted coordinator never decides on stale data.
 */
@ApplicationScoped
public class ValidationService {

    private static final Logger LOG = Logger.getLogger(ValidationService.class);

    private final IncidentTransitions transitions;
    private final CoordinatorConfig config;
    private final ValidationJudge judge;
    private final IncidentPeriods periods;
    private final ErrorRetention retention;
    private final HealthCriterion criterion;
    private final HistoryService history;

    public ValidationService(IncidentTransitions transitions, CoordinatorConfig config, HistoryService history) {
        this.transitions = transitions;
        this.config = config;
        this.history = history;
        var v = config.validation();
        this.judge = new ValidationJudge(v.alpha(), v.successRatio(), v.minLines(), v.baselineFloorPerMinute());
        this.criterion = new HealthCriterion(v.alpha(), v.latencyTolerance(), v.poolSaturatedPercent());
        this.periods = new IncidentPeriods(v.lookback(), v.baselineWindow(), v.grace());
        this.retention = new ErrorRetention(v.lookback(), v.baselineWindow());
    }

    /** Keeps the report (once per event id) for the verdicts to come and the history; the one writer of error_report. */
    @WithTransaction
    public Uni<Void> onError(ErrorDetected error) {
        return ErrorReportEntity.<ErrorReportEntity>findById(error.header().eventId()).flatMap(existing -> existing != null
                ? Uni.createFrom().voidItem()
                : ErrorReportEntity.of(error, Instant.now()).persist().replaceWithVoid());
    }

    /** Judges a VALIDATING incident whose deadline passed, inside the caller's transaction. */
    public Uni<Void> judge(IncidentEntity incident) {
        return TargetHealthEntity.<TargetHealthEntity>findById(incident.targetId).flatMap(health -> {
            boolean fresh = health != null && !health.reportedAt.isBefore(incident.validationDeadline);
            Instant waitUntil = incident.validationDeadline.plus(config.validation().freshSignalWait());
            if (!fresh && Instant.now().isBefore(waitUntil)) {
                return Uni.createFrom().voidItem();
            }
            HealthStatus now = health == null ? null : HealthStatus.valueOf(health.status);
            return diagnosis(incident).flatMap(diagnosis -> reports(incident)
                    .flatMap(lines -> decide(incident, diagnosis, lines, now)));
        });
    }

    private Uni<Void> decide(IncidentEntity incident, DiagnosisMade diagnosis, List<LineInterval> lines,
            HealthStatus health) {
        WatchedLines watched = WatchedLines.of(diagnosis, transitions.configuredCategories(incident), lines);
        List<LineInterval> own = watched.isEmpty() ? lines : watched.select(lines);
        Bounds bounds = periods.bounds(own, incident.createdAt, incident.appliedAt, incident.validationDeadline);
        Observation o = periods.observe(own, bounds);
        return signal(incident, bounds).flatMap(signal -> conclude(incident, watched, o, health, signal));
    }

    /** The issue type's health signal (latency, pool usage) over the same baseline and after periods. */
    private Uni<HealthCriterion.Finding> signal(IncidentEntity incident, Bounds bounds) {
        HealthSignal signal = config.validation().healthSignal().get(incident.issueType);
        if (signal == null) {
            return Uni.createFrom().item(HealthCriterion.Finding.NOT_APPLICABLE);
        }
        return history.samples(incident.targetId, bounds.baselineStart(), bounds.end())
                .map(rows -> criterion.judge(signal, rows.stream().map(ValidationService::sample).toList(), bounds));
    }

    private Uni<Void> conclude(IncidentEntity incident, WatchedLines watched, Observation o, HealthStatus health,
            HealthCriterion.Finding signal) {
        ValidationJudge.Verdict verdict = judge.judge(o, health, signal);
        String reason = verdict.outcome() + ", " + verdict.reason() + "; lines of "
                + (watched.isEmpty() ? "every category (diagnosis unknown)" : watched.describe());
        incident.judged(reason, o.duringRate(), o.afterLines());
        IncidentLog.info(LOG, incident, "incident %s judged: %s", incident.id, reason);
        return switch (verdict.outcome()) {
            case SUCCESS -> resolve(incident, reason);
            case PARTIAL -> keepAndEscalate(incident, reason);
            case FAILURE -> rollBack(incident, reason);
        };
    }

    private Uni<Void> resolve(IncidentEntity incident, String reason) {
        incident.resolve(reason);
        return transitions.move(incident, IncidentState.RESOLVED, reason)
                .flatMap(i -> transitions.outcome(i, true, reason));
    }

    /**
     * The fix helped (significantly fewer lines) but not enough: rolling it back would bring the
     * errors back, so it is kept, counted as a success for learning, and a human is told. When the
     * fault goes on, the next diagnosis opens a new incident at once and a further bounded step of
     * the catalog goes through the same gates (confidence, risk, rate limit per target).
     */
    private Uni<Void> keepAndEscalate(IncidentEntity incident, String reason) {
        String detail = "fix kept (helped partly), escalated: " + reason;
        incident.resolve(detail);
        return transitions.move(incident, IncidentState.RESOLVED, detail)
                .flatMap(i -> transitions.outcome(i, true, detail))
                .flatMap(x -> transitions.alert(incident, Severity.HIGH, "Fix helped only partly: "
                        + incident.issueType + " on " + incident.targetId, detail));
    }

    private Uni<Void> rollBack(IncidentEntity incident, String reason) {
        incident.resolve(reason);
        incident.rollbackStarted(RollbackCause.VALIDATION);
        return transitions.move(incident, IncidentState.ROLLING_BACK, reason)
                .flatMap(i -> transitions.command(i, CommandType.RESTORE, "validation failed: " + reason));
    }

    private static HealthSample sample(HealthSampleEntity row) {
        return new HealthSample(row.at, row.latencyMs, row.poolUsagePercent);
    }

    private static Uni<DiagnosisMade> diagnosis(IncidentEntity incident) {
        if (incident.diagnosisId == null) {
            return Uni.createFrom().nullItem();
        }
        return DiagnosisEntity.<DiagnosisEntity>findById(incident.diagnosisId)
                .map(d -> d == null ? null : EventCodec.decode(d.eventJson, DiagnosisMade.class));
    }

    private Uni<List<LineInterval>> reports(IncidentEntity incident) {
        Instant since = retention.readsFrom(incident.createdAt);
        return ErrorReportEntity.<ErrorReportEntity>list("targetId = ?1 and lastSeen >= ?2 order by lastSeen",
                incident.targetId, since).map(LineIntervals::of);
    }
}
