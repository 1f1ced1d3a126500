package io.selfhealing.events;

import java.util.List;

/** What a fix does, only ever catalog fix types with bounded parameters. */
public record FixPlan(String fixType, String actuator, RiskLevel risk, String description,
        List<ParameterChange> changes) {

    public List<ResourceRef> resources() {
        return changes.stream().map(ParameterChange::resource).distinct().toList();
    }
}
