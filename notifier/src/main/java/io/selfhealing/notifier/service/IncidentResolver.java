package io.selfhealing.notifier.service;

import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.IncidentState;
import io.selfhealing.notifier.domain.AlertState;
import io.selfhealing.notifier.repository.AlertEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * An incident that moved on (approved, rejected, fixing, finished) makes the alerts raised about it before that
 * transition stale: they are RESOLVED, so nobody is repeated or escalated to about a question already answered.
 * A transition into AWAITING_APPROVAL is the question itself and resolves nothing; an alert raised with or after a
 * transition (e.g. "rolled back") stays until a person acknowledges it. Replays change nothing (idempotent).
 */
@ApplicationScoped
public class IncidentResolver {

    private static final Logger LOG = Logger.getLogger(IncidentResolver.class);

    @Transactional
    public int onTransition(IncidentChanged change) {
        String incident = change.header().incidentId();
        if (incident == null || change.to() == IncidentState.AWAITING_APPROVAL) {
            return 0;
        }
        Instant at = change.header().occurredAt();
        int resolved = 0;
        for (AlertEntity a : AlertEntity.<AlertEntity>list("incidentId = ?1 and state <> ?2 and lastRaisedAt < ?3",
                incident, AlertState.RESOLVED, at)) {
            a.state = AlertState.RESOLVED;
            a.resolvedAt = Instant.now();
            a.resolvedBy = "incident " + incident + " " + change.from() + " -> " + change.to();
            resolved++;
        }
        if (resolved > 0) {
            LOG.infof("incident %s moved %s -> %s: %d alerts resolved", incident, change.from(), change.to(), resolved);
        }
        return resolved;
    }
}
