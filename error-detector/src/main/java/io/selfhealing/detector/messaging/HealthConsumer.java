package io.selfhealing.detector.messaging;

import io.selfhealing.detector.service.DetectorService;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthReported;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** healing.health → the latest health per target (raises the severity of reports). */
@ApplicationScoped
public class HealthConsumer {

    private final DetectorService detector;

    public HealthConsumer(DetectorService detector) {
        this.detector = detector;
    }

    @Incoming("health")
    public void onHealth(String json) {
        detector.onHealth(EventCodec.decode(json, HealthReported.class));
    }
}
