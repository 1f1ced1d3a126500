package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.common.messaging.RecentIds;
import io.selfhealing.coordinator.config.CoordinatorConfig;
import io.selfhealing.coordinator.domain.ValidationJudge;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.IncidentRepository;
import io.selfhealing.coordinator.repository.TargetHealthEntity;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.IncidentState;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The validation window: counts error lines that still arrive after a fix (apply + grace), and at
 * the persisted deadline judges the fix — RESOLVED, or ROLLING_BACK with a restore command. It
 * judges on a health report made at or after the deadline (waiting at most
 * {@code fresh-signal-wait} for one), so a coordinator restarted meanwhile never decides on stale data.
 */
@ApplicationScoped
public class ValidationService {

    private final IncidentRepository incidents;
    private final IncidentTransitions transitions;
    private final ErrorRates errorRates;
    private final CoordinatorConfig config;
    private final ValidationJudge judge;
    private final RecentIds seenErrors = new RecentIds(10_000);

    public ValidationService(IncidentRepository incidents, IncidentTransitions transitions, ErrorRates errorRates,
            CoordinatorConfig config) {
        this.incidents = incidents;
        this.transitions = transitions;
        this.errorRates = errorRates;
        this.config = config;
        this.judge = new ValidationJudge(config.validation().maxErrorLines());
    }

    @WithTransaction
    public Uni<Void> onError(ErrorDetected error) {
        if (!seenErrors.firstTime(error.header().eventId())) {
            return Uni.createFrom().voidItem();
        }
        errorRates.update(error);
        return incidents.validating(error.header().targetId()).flatMap(list -> {
            for (IncidentEntity incident : list) {
                Set<String> categories = transitions.categories(incident);
                boolean counts = categories.isEmpty() || categories.contains(error.category());
                Instant graceEnd = incident.appliedAt.plus(config.validation().grace());
                if (counts && error.lastSeen() != null && error.lastSeen().isAfter(graceEnd)) {
                    incident.postFixErrorLines += Math.max(1, error.newLines());
                }
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** Judges every incident whose deadline has passed; returns how many were judged. */
    @WithTransaction
    public Uni<Integer> judgeDue() {
        return incidents.dueForJudgement(Instant.now()).flatMap(due -> Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(this::judge)
                .collect().asList().map(java.util.List::size));
    }

    private Uni<Void> judge(IncidentEntity incident) {
        return TargetHealthEntity.<TargetHealthEntity>findById(incident.targetId).flatMap(health -> {
            boolean fresh = health != null && !health.reportedAt.isBefore(incident.validationDeadline);
            Instant waitUntil = incident.validationDeadline.plus(config.validation().freshSignalWait());
            if (!fresh && Instant.now().isBefore(waitUntil)) {
                return Uni.createFrom().voidItem();
            }
            HealthStatus now = health == null ? null : HealthStatus.valueOf(health.status);
            double minutes = Math.max(0, Duration.between(incident.appliedAt.plus(config.validation().grace()),
                    Instant.now()).toMillis()) / 60_000.0;
            var verdict = judge.judge(incident.errorRateBefore, incident.postFixErrorLines, minutes, now);
            incident.resolution = IncidentTransitions.truncate(verdict.reason());
            if (verdict.success()) {
                return transitions.move(incident, IncidentState.RESOLVED, verdict.reason())
                        .flatMap(i -> transitions.outcome(i, true, verdict.reason()));
            }
            return transitions.move(incident, IncidentState.ROLLING_BACK, verdict.reason())
                    .flatMap(i -> transitions.command(i, CommandType.RESTORE, "validation failed: " + verdict.reason()));
        });
    }
}
