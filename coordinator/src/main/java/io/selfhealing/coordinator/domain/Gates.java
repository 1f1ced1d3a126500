package io.selfhealing.coordinator.domain;

import io.selfhealing.events.RiskLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * The auto-apply decision of DESIGN.md: confidence ≥ threshold AND risk ≤ limit AND no other fix
 * in flight AND the per-target rate limit allows AND the same fix was not just rolled back AND no
 * maintenance window AND autonomous mode AND not a dry run. Every
 * failing gate is named, so the alert tells the human why.
 */
public final class Gates {

    private final int threshold;
    private final RiskLevel maxRisk;
    private final int maxFixesPerHour;

    public Gates(int threshold, RiskLevel maxRisk, int maxFixesPerHour) {
        this.threshold = threshold;
        this.maxRisk = maxRisk;
        this.maxFixesPerHour = maxFixesPerHour;
    }

    public GateDecision decide(GateInput in) {
        List<String> reasons = new ArrayList<>();
        if (!in.hasPlan()) {
            reasons.add("no catalog fix within bounds");
        }
        boolean confidenceShort = in.adjustedConfidence() < threshold;
        if (confidenceShort) {
            reasons.add("confidence " + in.adjustedConfidence() + " < " + threshold);
        }
        if (in.risk() == null || !in.risk().atMost(maxRisk)) {
            reasons.add("risk " + in.risk() + " above " + maxRisk);
        }
        if (in.otherFixInFlight()) {
            reasons.add("another fix is in flight on this target");
        }
        if (in.fixesLastHour() >= maxFixesPerHour) {
            reasons.add(in.fixesLastHour() + " fixes on this target in the last hour (limit " + maxFixesPerHour + ")");
        }
        if (in.sameFixRolledBack()) {
            reasons.add("the same fix was rolled back on this target within the last hour");
        }
        if (in.maintenance() != null) {
            reasons.add("maintenance window: " + in.maintenance());
        }
        if (!in.autonomous()) {
            reasons.add("autonomous mode is off");
        }
        if (in.dryRun()) {
            reasons.add("dry run");
        }
        return new GateDecision(reasons.isEmpty(), List.copyOf(reasons), confidenceShort && reasons.size() == 1,
                in.maintenance() != null);
    }
}
