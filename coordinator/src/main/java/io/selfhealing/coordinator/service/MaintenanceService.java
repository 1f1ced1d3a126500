package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.configuration.DurationConverter;
import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.coordinator.domain.HumanDecision;
import io.selfhealing.coordinator.domain.RecurringWindow;
import io.selfhealing.coordinator.repository.MaintenanceWindowEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Maintenance windows, one-off or recurring: declared by operators, consulted by the gates. */
@ApplicationScoped
public class MaintenanceService {

    private static final Duration LONGEST = Duration.ofDays(7);
    private static final Duration RECURRING_DEFAULT_VALIDITY = Duration.ofDays(3650);

    private final DecisionLog audit;

    public MaintenanceService(DecisionLog audit) {
        this.audit = audit;
    }

    /**
     * A request to declare a window; {@code startsAt} null means now. With {@code cron} (Unix, e.g.
     * "0 2 * * *"), {@code timeZone} (default UTC) and {@code duration} ("30m", "PT30M") the window
     * recurs; {@code endsAt} then ends the schedule (default: no end).
     */
    public record Request(String targetId, Instant startsAt, Instant endsAt, String reason, String cron,
            String timeZone, String duration) {

        public Request(String targetId, Instant startsAt, Instant endsAt, String reason) {
            this(targetId, startsAt, endsAt, reason, null, null, null);
        }
    }

    @WithTransaction
    public Uni<MaintenanceWindowEntity> declare(Request request, HumanDecision decision) {
        if (request == null || request.targetId() == null || request.targetId().isBlank()) {
            throw ProblemException.invalid("targetId", "targetId is required ('*' for every target)");
        }
        MaintenanceWindowEntity window = new MaintenanceWindowEntity();
        window.startsAt = request.startsAt() == null ? Instant.now() : request.startsAt();
        if (request.cron() != null && !request.cron().isBlank()) {
            recurring(request, window);
        } else {
            oneOff(request, window);
        }
        window.id = "mw-" + UUID.randomUUID().toString().substring(0, 13);
        window.targetId = request.targetId().trim();
        window.reason = request.reason() == null ? "maintenance" : IncidentTransitions.truncate(request.reason());
        window.createdBy = decision.actor();
        return window.<MaintenanceWindowEntity>persist()
                .call(w -> audit.record(decision, "maintenance-add", w.id + " " + w.targetId, null));
    }

    private static void oneOff(Request request, MaintenanceWindowEntity window) {
        if (request.endsAt() == null || !request.endsAt().isAfter(window.startsAt)) {
            throw ProblemException.invalid("endsAt", "endsAt is required and must be after startsAt");
        }
        if (Duration.between(window.startsAt, request.endsAt()).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("endsAt", "a maintenance window lasts at most " + LONGEST.toDays()
                    + " days; use cron, timeZone and duration for a recurring one");
        }
        window.endsAt = request.endsAt();
    }

    private static void recurring(Request request, MaintenanceWindowEntity window) {
        if (request.duration() == null || request.duration().isBlank()) {
            throw ProblemException.invalid("duration", "a recurring window needs a duration such as 30m or PT30M");
        }
        Duration length;
        try {
            length = DurationConverter.parseDuration(request.duration().trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("duration", "duration '" + request.duration() + "' is not a duration "
                    + "such as 30m or PT30M");
        }
        RecurringWindow schedule;
        try {
            schedule = RecurringWindow.of(request.cron(), request.timeZone(), length);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().substring(0, e.getMessage().indexOf(':'));
            throw ProblemException.invalid(field, e.getMessage());
        }
        window.endsAt = request.endsAt() == null ? window.startsAt.plus(RECURRING_DEFAULT_VALIDITY) : request.endsAt();
        if (!window.endsAt.isAfter(window.startsAt)) {
            throw ProblemException.invalid("endsAt", "endsAt must be after startsAt");
        }
        window.cron = request.cron().trim();
        window.timeZone = request.timeZone() == null || request.timeZone().isBlank() ? "UTC" : request.timeZone().trim();
        window.durationSeconds = schedule.length().toSeconds();
    }

    @WithTransaction
    public Uni<Boolean> end(String id, HumanDecision decision) {
        return MaintenanceWindowEntity.deleteById(id).flatMap(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("maintenance window", id);
            }
            return audit.record(decision, "maintenance-end", id, null).replaceWith(true);
        });
    }

    @WithSession
    public Uni<List<MaintenanceWindowEntity>> current() {
        return MaintenanceWindowEntity.list("endsAt > ?1", Sort.ascending("startsAt"), Instant.now());
    }

    /** The window covering the target now, described, or null; call inside a session. */
    public Uni<String> activeFor(String targetId) {
        Instant now = Instant.now();
        return MaintenanceWindowEntity.<MaintenanceWindowEntity>list(
                        "(targetId = ?1 or targetId = ?2) and startsAt <= ?3 and endsAt > ?3", targetId,
                        MaintenanceWindowEntity.ALL_TARGETS, now)
                .map(windows -> windows.stream().filter(w -> !w.recurring() || w.schedule().activeAt(now))
                        .findFirst().map(MaintenanceWindowEntity::describe).orElse(null));
    }
}
