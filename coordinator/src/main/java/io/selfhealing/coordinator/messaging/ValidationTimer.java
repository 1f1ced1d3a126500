package io.selfhealing.coordinator.messaging;

import io.quarkus.scheduler.Scheduled;
import io.selfhealing.coordinator.service.DeadlineService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks the persisted deadlines of every in-flight state (evidence wait, approval, commands,
 * validation); survives restarts because the deadlines are in the database.
 */
@ApplicationScoped
public class ValidationTimer {

    private final DeadlineService deadlines;

    public ValidationTimer(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(every = "${healing.coordinator.validation.check-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> tick() {
        return deadlines.handleDue().replaceWithVoid();
    }
}

