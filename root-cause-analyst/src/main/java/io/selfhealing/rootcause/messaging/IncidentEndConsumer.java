package io.selfhealing.rootcause.messaging;

import io.selfhealing.events.EventCodec;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.rootcause.service.Analyst;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * healing.incidents: when an incident reaches a terminal state the analyst forgets that it already
 * published its (target, issue), so the next diagnosis opens a new incident at once. Every analyst
 * instance reads every incident (a group of its own), since any of them may see the fault return.
 */
@ApplicationScoped
public class IncidentEndConsumer {

    private final Analyst analyst;

    public IncidentEndConsumer(Analyst analyst) {
        this.analyst = analyst;
    }

    @Incoming("incidents")
    public void onIncident(String json) {
        IncidentChanged change = EventCodec.decode(json, IncidentChanged.class);
        if (change.to() != null && change.to().terminal()) {
            analyst.onIncidentEnded(change.header().targetId(), change.issueType(), change.header().occurredAt());
        }
    }
}
