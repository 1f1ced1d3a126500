package io.selfhealing.coordinator.domain;

import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.TransitionEntity;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.FixPlan;
import java.util.List;

/** An incident with its transitions, its diagnosis (the evidence) and its plan. */
public record IncidentDetail(IncidentEntity incident, List<TransitionEntity> transitions, DiagnosisMade diagnosis,
        FixPlan plan) {
}
