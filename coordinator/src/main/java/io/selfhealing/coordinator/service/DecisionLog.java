package io.selfhealing.coordinator.service;

import io.quarkus.panache.common.Sort;
import io.selfhealing.coordinator.domain.HumanDecision;
import io.selfhealing.coordinator.repository.DecisionEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The audit trail of human decisions; call inside the transaction of the decision itself. */
@ApplicationScoped
public class DecisionLog {

    public Uni<DecisionEntity> record(HumanDecision decision, String action, String subject, String incidentId) {
        DecisionEntity row = new DecisionEntity();
        row.at = Instant.now();
        row.actor = decision.actor();
        row.action = action;
        row.subject = subject;
        row.incidentId = incidentId;
        row.reason = decision.reason() == null ? null : IncidentTransitions.truncate(decision.reason());
        return row.persist();
    }

    /** The decisions about one incident, oldest first; call inside a session. */
    public Uni<List<DecisionEntity>> forIncident(String incidentId) {
        return DecisionEntity.list("incidentId", Sort.ascending("at"), incidentId);
    }

    /** The decisions within [from, to), oldest first; call inside a session. */
    public Uni<List<DecisionEntity>> between(Instant from, Instant to) {
        return DecisionEntity.list("at >= ?1 and at < ?2", Sort.ascending("at"), from, to);
    }
}
