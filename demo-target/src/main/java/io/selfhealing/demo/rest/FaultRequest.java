package io.selfhealing.demo.rest;

import io.selfhealing.demo.fault.RateLimitFault;

/** Body of {@code POST /fault/rate-limit}; validated when turned into a {@link RateLimitFault}. */
public record FaultRequest(Double maxCallsPerSecond, Integer maxErrors) {

    RateLimitFault toFault() {
        if (maxCallsPerSecond == null) {
            throw new IllegalArgumentException("maxCallsPerSecond is required, in (0, 1000]");
        }
        return new RateLimitFault(maxCallsPerSecond, maxErrors);
    }
}
