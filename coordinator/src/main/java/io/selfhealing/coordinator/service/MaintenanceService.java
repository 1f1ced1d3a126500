package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.coordinator.repository.MaintenanceWindowEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Maintenance windows: declared by operators, consulted by the gates. */
@ApplicationScoped
public class MaintenanceService {

    private static final Duration LONGEST = Duration.ofDays(7);

    /** A request to declare a window; {@code startsAt} null means now. */
    public record Request(String targetId, Instant startsAt, Instant endsAt, String reason) {
    }

    @WithTransaction
    public Uni<MaintenanceWindowEntity> declare(Request request, String user) {
        if (request == null || request.targetId() == null || request.targetId().isBlank()) {
            throw ProblemException.invalid("targetId", "targetId is required ('*' for every target)");
        }
        Instant start = request.startsAt() == null ? Instant.now() : request.startsAt();
        if (request.endsAt() == null || !request.endsAt().isAfter(start)) {
            throw ProblemException.invalid("endsAt", "endsAt is required and must be after startsAt");
        }
        if (Duration.between(start, request.endsAt()).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("endsAt", "a maintenance window lasts at most " + LONGEST.toDays()
                    + " days");
        }
        MaintenanceWindowEntity window = new MaintenanceWindowEntity();
        window.id = "mw-" + UUID.randomUUID().toString().substring(0, 13);
        window.targetId = request.targetId().trim();
        window.startsAt = start;
        window.endsAt = request.endsAt();
        window.reason = request.reason() == null ? "maintenance" : IncidentTransitions.truncate(request.reason());
        window.createdBy = user;
        return window.persist();
    }

    @WithTransaction
    public Uni<Boolean> end(String id) {
        return MaintenanceWindowEntity.deleteById(id).map(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("maintenance window", id);
            }
            return true;
        });
    }

    @WithSession
    public Uni<List<MaintenanceWindowEntity>> current() {
        return MaintenanceWindowEntity.list("endsAt > ?1", Sort.ascending("startsAt"), Instant.now());
    }

    /** The window covering the target now, described, or null; call inside a session. */
    public Uni<String> activeFor(String targetId) {
        Instant now = Instant.now();
        return MaintenanceWindowEntity.<MaintenanceWindowEntity>find(
                        "(targetId = ?1 or targetId = ?2) and startsAt <= ?3 and endsAt > ?3", targetId,
                        MaintenanceWindowEntity.ALL_TARGETS, now)
                .firstResult().map(w -> w == null ? null : w.describe());
    }
}
