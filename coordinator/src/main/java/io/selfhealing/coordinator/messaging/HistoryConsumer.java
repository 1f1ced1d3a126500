package io.selfhealing.coordinator.messaging;

import io.selfhealing.coordinator.service.HistoryService;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthReported;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps health and alert history for the dashboard and the report, in its own consumer group (one
 * copy among coordinator instances; the saga's consumers are untouched). Error history is the saga's
 * own error_report table (written by {@code SignalConsumer}), not a second copy.
 */
@ApplicationScoped
public class HistoryConsumer {

    private final HistoryService history;

    public HistoryConsumer(HistoryService history) {
        this.history = history;
    }

    @Incoming("health-history")
    public Uni<Void> onHealth(String json) {
        return history.recordHealth(EventCodec.decode(json, HealthReported.class));
    }

    @Incoming("alert-log")
    public Uni<Void> onAlert(String json) {
        return history.recordAlert(EventCodec.decode(json, AlertRaised.class));
    }
}
