package io.selfhealing.notifier.messaging;

import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.notifier.service.AlertIntake;
import io.selfhealing.notifier.service.IncidentResolver;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code healing.alerts} in (an undecodable record goes to healing.dlq), and {@code healing.incidents} to resolve the
 * alerts of incidents that moved on. Acknowledged after the database commit: at-least-once, idempotent by event id.
 */
@ApplicationScoped
public class AlertConsumer {

    private final AlertIntake intake;
    private final IncidentResolver resolver;
    private final Ticker ticker;

    public AlertConsumer(AlertIntake intake, IncidentResolver resolver, Ticker ticker) {
        this.intake = intake;
        this.resolver = resolver;
        this.ticker = ticker;
    }

    @Incoming("alerts")
    @Blocking(ordered = true)
    public void onAlert(String json) {
        intake.accept(EventCodec.decode(json, AlertRaised.class));
        ticker.nudge();
    }

    @Incoming("incidents")
    @Blocking(ordered = true)
    public void onIncident(String json) {
        resolver.onTransition(EventCodec.decode(json, IncidentChanged.class));
    }
}
