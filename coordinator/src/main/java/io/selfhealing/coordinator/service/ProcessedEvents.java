package io.selfhealing.coordinator.service;

import io.selfhealing.coordinator.repository.ProcessedEventEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Durable idempotency: remembers handled event ids in the transaction of their effect. */
@ApplicationScoped
public class ProcessedEvents {

    /** True (and remembered) the first time; false for a redelivery. */
    public Uni<Boolean> firstTime(String eventId) {
        return ProcessedEventEntity.<ProcessedEventEntity>findById(eventId).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(false);
            }
            ProcessedEventEntity row = new ProcessedEventEntity();
            row.eventId = eventId;
            row.processedAt = Instant.now();
            return row.persist().replaceWith(true);
        });
    }
}
