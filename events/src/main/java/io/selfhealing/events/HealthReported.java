package io.selfhealing.events;

import java.util.List;

/** Latest health of one target ({@code healing.health}). */
public record HealthReported(EventHeader header, String targetType, HealthStatus status,
        List<String> reasons, List<CheckResult> checks) implements HealingEvent {
}
