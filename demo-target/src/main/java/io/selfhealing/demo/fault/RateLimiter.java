package io.selfhealing.demo.fault;

/**
 * Decides whether an upstream call is accepted: while a fault is active, a call arriving less than
 * 1/maxCallsPerSecond after the previous ACCEPTED call is rejected. Accepted calls are tracked even
 * without a fault, so the limit holds from the first call after the fault is switched on.
 * Time is passed in (monotonic nanoseconds) so the logic is tested without waiting.
 */
public final class RateLimiter {

    /** The answer for one call; {@code retryAfterNanos} is 0 when accepted. */
    public record Decision(boolean accepted, long retryAfterNanos) {

        /** Whole seconds for a Retry-After header, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfterNanos + 999_999_999L) / 1_000_000_000L);
        }
    }

    private RateLimitFault fault;
    private Integer remainingErrors;
    private boolean anyAccepted;
    private long lastAcceptedNanos;
    private long rejected;

    public synchronized Decision admit(long nowNanos) {
        if (fault != null && anyAccepted) {
            long wait = fault.minGapNanos() - (nowNanos - lastAcceptedNanos);
            if (wait > 0) {
                reject();
                return new Decision(false, wait);
            }
        }
        anyAccepted = true;
        lastAcceptedNanos = nowNanos;
        return new Decision(true, 0);
    }

    private void reject() {
        rejected++;
        if (remainingErrors != null && --remainingErrors == 0) {
            clear();
        }
    }

    public synchronized FaultState enable(RateLimitFault newFault) {
        fault = newFault;
        remainingErrors = newFault.maxErrors();
        rejected = 0;
        return state();
    }

    public synchronized FaultState clear() {
        fault = null;
        remainingErrors = null;
        return state();
    }

    public synchronized FaultState state() {
        if (fault == null) {
            return FaultState.inactive(rejected);
        }
        return new FaultState(true, fault.maxCallsPerSecond(), fault.maxErrors(), remainingErrors, rejected);
    }
}
