package io.selfhealing.coordinator.domain;

import java.util.List;

/** Pass, or the reasons a human must decide. */
public record GateDecision(boolean autoApply, List<String> reasons) {

    public String describe() {
        return autoApply ? "all gates pass" : String.join("; ", reasons);
    }
}
