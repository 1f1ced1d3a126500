package io.selfhealing.coordinator.messaging;

import io.selfhealing.common.messaging.Redelivery;
import io.selfhealing.coordinator.metrics.HealingMeters;
import io.selfhealing.coordinator.service.Conflicts;
import io.selfhealing.coordinator.service.LearningCache;
import io.selfhealing.coordinator.service.SignalService;
import io.selfhealing.coordinator.service.ValidationService;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.LearningUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The topics the coordinator watches: errors and health (validation), diagnoses, learning; what writes
 * to the database goes through {@link Redelivery}.
 */
@ApplicationScoped
public class SignalConsumer {

    private final ValidationService validation;
    private final SignalService signals;
    private final LearningCache learning;
    private final HealingMeters meters;

    public SignalConsumer(ValidationService validation, SignalService signals, LearningCache learning,
            HealingMeters meters) {
        this.validation = validation;
        this.signals = signals;
        this.learning = learning;
        this.meters = meters;
    }

    @Incoming("errors")
    public Uni<Void> onError(String json) {
        ErrorDetected error = EventCodec.decode(json, ErrorDetected.class);
        meters.errorSeen(error);
        return Redelivery.retrying("error report " + error.header().eventId(),
                () -> Conflicts.retrying(() -> validation.onError(error)));
    }

    @Incoming("health")
    public Uni<Void> onHealth(String json) {
        HealthReported health = EventCodec.decode(json, HealthReported.class);
        return Redelivery.retrying("health report " + health.header().eventId(),
                () -> Conflicts.retrying(() -> signals.onHealth(health)));
    }

    @Incoming("diagnoses")
    public Uni<Void> onDiagnosis(String json) {
        DiagnosisMade diagnosis = EventCodec.decode(json, DiagnosisMade.class);
        return Redelivery.retrying("diagnosis " + diagnosis.header().eventId(),
                () -> Conflicts.retrying(() -> signals.onDiagnosis(diagnosis)));
    }

    @Incoming("learning")
    public void onLearning(String json) {
        learning.update(EventCodec.decode(json, LearningUpdated.class));
    }
}
