package io.selfhealing.coordinator.domain;

import io.selfhealing.events.IncidentState;
import java.time.Duration;
import java.time.Instant;

/**
 * The deadline of every in-flight state (the outcome when it passes is {@code DeadlineService}'s):
 * DIAGNOSED waits {@code evidenceWait} from the incident's start, AWAITING_APPROVAL
 * {@code approvalTimeout}, VALIDATING the validation window, and every command state (BACKING_UP,
 * APPLYING, ROLLING_BACK) {@code commandTimeout}, doubled for each retry.
 */
public record Deadlines(Duration evidenceWait, Duration approvalTimeout, Duration commandTimeout,
        Duration validationWindow) {

    private static final int MAX_DOUBLINGS = 6;

    /** The deadline of {@code state} entered at {@code now}; a command state's is set when its command is issued. */
    public Instant entering(IncidentState state, Instant now, Instant createdAt) {
        return switch (state) {
            case OPEN, DIAGNOSED -> createdAt.plus(evidenceWait);
            case AWAITING_APPROVAL -> now.plus(approvalTimeout);
            case VALIDATING -> now.plus(validationWindow);
            case BACKING_UP, APPLYING, ROLLING_BACK -> now.plus(commandTimeout);
            case RESOLVED, ROLLED_BACK, FAILED, REJECTED -> null;
        };
    }

    /** When the answer to the {@code attempt}-th command (1-based) of a state is given up on. */
    public Instant answerDue(Instant issuedAt, int attempt) {
        int doublings = Math.max(0, Math.min(MAX_DOUBLINGS, attempt - 1));
        return issuedAt.plus(commandTimeout.multipliedBy(1L << doublings));
    }
}
