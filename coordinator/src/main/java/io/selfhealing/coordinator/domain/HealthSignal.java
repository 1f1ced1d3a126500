package io.selfhealing.coordinator.domain;

/**
 * The health reading a fix of an issue type is also judged on, beside the rate of its lines
 * ({@code healing.coordinator.validation.health-signal.<issue type>}): the target's probe latency, or
 * its connection pool usage.
 */
public enum HealthSignal {
    LATENCY,
    POOL_USAGE
}
