package io.selfhealing.coordinator.messaging;

import io.quarkus.scheduler.Scheduled;
import io.selfhealing.coordinator.service.DeadlineService;
import io.selfhealing.coordinator.service.ValidationService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks the persisted deadlines of every in-flight state (evidence wait, approval, commands,
 * validation); survives restarts because the deadlines are in the database.
 */
@ApplicationScoped
public class ValidationTimer {

    private final DeadlineService deadlines;
    private final ValidationService validation;

    public ValidationTimer(DeadlineService deadlines, ValidationService validation) {
        this.deadlines = deadlines;
        this.validation = validation;
    }

    @Scheduled(every = "${healing.coordinator.validation.check-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> tick() {
        return deadlines.handleDue().replaceWithVoid();
    }

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> purge() {
        return validation.purgeReports().replaceWithVoid();
    }
}

