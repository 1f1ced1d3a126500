package io.selfhealing.coordinator.domain;

import java.time.Instant;

/** One stored health report of a target, reduced to what validation reads (either value may be absent). */
public record HealthSample(Instant at, Long latencyMs, Double poolUsagePercent) {
}
