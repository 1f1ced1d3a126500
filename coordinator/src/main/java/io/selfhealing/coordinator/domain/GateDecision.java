package io.selfhealing.coordinator.domain;

import java.util.List;

/**
 * Pass, or the reasons a human must decide.
 *
 * @param onlyConfidenceShort every other gate passes: more evidence may still lift the fix over the threshold
 * @param silenced           a maintenance window covers the target: no alert
 */
public record GateDecision(boolean autoApply, List<String> reasons, boolean onlyConfidenceShort, boolean silenced) {

    public String describe() {
        return autoApply ? "all gates pass" : String.join("; ", reasons);
    }
}
