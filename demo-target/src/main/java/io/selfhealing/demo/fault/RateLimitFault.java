package io.selfhealing.demo.fault;

/**
 * The injected fault: at most {@code maxCallsPerSecond} accepted upstream calls; with {@code maxErrors}
 * it is transient and clears itself after that many 429s.
 */
public record RateLimitFault(double maxCallsPerSecond, Integer maxErrors) {

    public static final double MAX_RATE = 1000;

    public RateLimitFault {
        if (!(maxCallsPerSecond > 0 && maxCallsPerSecond <= MAX_RATE)) {
            throw new IllegalArgumentException(
                    "maxCallsPerSecond must be in (0, 1000], was " + maxCallsPerSecond);
        }
        if (maxErrors != null && maxErrors < 1) {
            throw new IllegalArgumentException("maxErrors must be absent or at least 1, was " + maxErrors);
        }
    }

    /** Smallest gap between two accepted calls, in nanoseconds. */
    long minGapNanos() {
        return Math.round(1_000_000_000d / maxCallsPerSecond);
    }
}
