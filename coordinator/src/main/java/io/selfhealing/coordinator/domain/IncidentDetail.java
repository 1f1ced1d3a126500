package io.selfhealing.coordinator.domain;

import io.selfhealing.coordinator.repository.DecisionEntity;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.TransitionEntity;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.FixPlan;
import java.util.List;

/**
 * An incident with its transitions, its diagnosis (the evidence), its plan and the decisions
 * people took on it (the audit trail: who, when, why).
 */
public record IncidentDetail(IncidentEntity incident, List<TransitionEntity> transitions, DiagnosisMade diagnosis,
        FixPlan plan, List<DecisionEntity> decisions) {

    public IncidentDetail(IncidentEntity incident, List<TransitionEntity> transitions, DiagnosisMade diagnosis,
            FixPlan plan) {
        this(incident, transitions, diagnosis, plan, List.of());
    }
}
