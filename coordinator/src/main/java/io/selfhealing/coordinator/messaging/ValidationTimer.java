package io.selfhealing.coordinator.messaging;

import io.quarkus.scheduler.Scheduled;
import io.selfhealing.coordinator.service.Conflicts;
import io.selfhealing.coordinator.service.ProposalHandler;
import io.selfhealing.coordinator.service.ValidationService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks the persisted deadlines (validation, evidence wait); survives restarts because the deadline is in the database. */
@ApplicationScoped
public class ValidationTimer {

    private final ValidationService validation;
    private final ProposalHandler proposals;

    public ValidationTimer(ValidationService validation, ProposalHandler proposals) {
        this.validation = validation;
        this.proposals = proposals;
    }

    @Scheduled(every = "${healing.coordinator.validation.check-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> tick() {
        return Conflicts.retrying(validation::judgeDue)
                .flatMap(judged -> Conflicts.retrying(proposals::escalateUnconvinced)).replaceWithVoid();
    }
}
