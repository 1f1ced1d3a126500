package io.selfhealing.coordinator.domain;

import io.selfhealing.events.RiskLevel;

/**
 * Everything the auto-apply decision depends on.
 *
 * @param hasPlan          the fix engineer found a catalog fix within bounds
 * @param adjustedConfidence learning-adjusted confidence
 * @param otherFixInFlight another incident of the target is changing it right now
 * @param fixesLastHour    fixes started on the target within the last hour
 * @param maintenance      the maintenance window covering the target now, or null
 * @param sameFixRolledBack the same fix of the same issue on this target was rolled back within the last hour
 */
public record GateInput(boolean hasPlan, int adjustedConfidence, RiskLevel risk, boolean otherFixInFlight,
        int fixesLastHour, boolean sameFixRolledBack, String maintenance, boolean autonomous, boolean dryRun) {
}
