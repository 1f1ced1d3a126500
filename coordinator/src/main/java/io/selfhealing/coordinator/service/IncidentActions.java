package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.coordinator.domain.HumanDecision;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.IncidentRepository;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.IncidentState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What a human does: approve or reject a waiting fix, roll back to a backup; each decision audited. */
@ApplicationScoped
public class IncidentActions {

    private final IncidentRepository incidents;
    private final IncidentTransitions transitions;
    private final ProposalHandler proposals;
    private final DecisionLog audit;

    public IncidentActions(IncidentRepository incidents, IncidentTransitions transitions, ProposalHandler proposals,
            DecisionLog audit) {
        this.incidents = incidents;
        this.transitions = transitions;
        this.proposals = proposals;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<IncidentEntity> approve(String incidentId, HumanDecision decision) {
        return existing(incidentId).flatMap(incident -> {
            requireState(incident, IncidentState.AWAITING_APPROVAL);
            if (incident.planJson == null) {
                throw ProblemException.conflict("incident " + incidentId + " has no catalog fix to apply");
            }
            return incidents.countOtherInFlight(incident.targetId, incident.id).flatMap(inFlight -> {
                if (inFlight > 0) {
                    throw ProblemException.conflict("another fix is in flight on " + incident.targetId);
                }
                return audit.record(decision, "approve", incident.id, incident.id)
                        .flatMap(d -> proposals.startFix(incident, "approved " + decision.describe()))
                        .replaceWith(incident);
            });
        });
    }

    @WithTransaction
    public Uni<IncidentEntity> reject(String incidentId, HumanDecision decision) {
        return existing(incidentId).flatMap(incident -> {
            requireState(incident, IncidentState.AWAITING_APPROVAL);
            incident.resolve(IncidentTransitions.truncate("rejected " + decision.describe()));
            return audit.record(decision, "reject", incident.id, incident.id)
                    .flatMap(d -> transitions.move(incident, IncidentState.REJECTED, incident.resolution));
        });
    }

    @WithTransaction
    public Uni<IncidentEntity> rollbackTo(String backupId, HumanDecision decision) {
        return incidents.findByBackup(backupId).flatMap(incident -> {
            if (incident == null) {
                throw ProblemException.notFound("backup", backupId);
            }
            if (incident.state != IncidentState.RESOLVED && incident.state != IncidentState.VALIDATING) {
                throw ProblemException.conflict("incident " + incident.id + " is " + incident.state
                        + "; only a RESOLVED or VALIDATING fix can be rolled back");
            }
            String reason = IncidentTransitions.truncate("manual rollback to " + backupId + " " + decision.describe());
            incident.rollbackStarted(IncidentEntity.RollbackCause.MANUAL);
            return audit.record(decision, "rollback", backupId, incident.id)
                    .flatMap(d -> transitions.move(incident, IncidentState.ROLLING_BACK, reason))
                    .flatMap(i -> transitions.command(i, CommandType.RESTORE, reason)).replaceWith(incident);
        });
    }

    /** Records that a person took the incident on; no state change. */
    @WithTransaction
    public Uni<IncidentEntity> acknowledge(String incidentId, HumanDecision decision) {
        return existing(incidentId).flatMap(incident -> audit.record(decision, "acknowledge", incident.id, incident.id)
                .replaceWith(incident));
    }

    private Uni<IncidentEntity> existing(String incidentId) {
        return incidents.findById(incidentId).map(incident -> {
            if (incident == null) {
                throw ProblemException.notFound("incident", incidentId);
            }
            return incident;
        });
    }

    private static void requireState(IncidentEntity incident, IncidentState expected) {
        if (incident.state != expected) {
            throw ProblemException.conflict("incident " + incident.id + " is " + incident.state + ", not " + expected);
        }
    }
}
