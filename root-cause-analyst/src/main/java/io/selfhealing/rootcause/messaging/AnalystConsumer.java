package io.selfhealing.rootcause.messaging;

import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthReported;
import io.selfhealing.rootcause.service.Analyst;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** healing.errors + healing.health → healing.diagnoses. */
@ApplicationScoped
public class AnalystConsumer {

    private final Analyst analyst;
    private final EventSender sender;
    private final MutinyEmitter<String> diagnoses;

    public AnalystConsumer(Analyst analyst, EventSender sender, @Channel("diagnoses") MutinyEmitter<String> diagnoses) {
        this.analyst = analyst;
        this.sender = sender;
        this.diagnoses = diagnoses;
    }

    @Incoming("errors")
    public Uni<Void> onError(String json) {
        return analyst.onError(EventCodec.decode(json, ErrorDetected.class))
                .map(diagnosis -> sender.send(diagnoses, diagnosis))
                .orElse(Uni.createFrom().voidItem());
    }

    @Incoming("health")
    public void onHealth(String json) {
        analyst.onHealth(EventCodec.decode(json, HealthReported.class));
    }
}
