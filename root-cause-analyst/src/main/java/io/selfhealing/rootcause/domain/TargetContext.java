package io.selfhealing.rootcause.domain;

import io.selfhealing.events.HealthReported;

/** What the analyst knows about a target besides the error at hand. */
public record TargetContext(String targetId, HealthReported latestHealth) {
}
