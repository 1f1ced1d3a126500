package io.selfhealing.coordinator.service;

import io.selfhealing.coordinator.repository.OutboxEntity;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Queues an event in the current transaction; {@code OutboxRelay} sends it after commit. */
@ApplicationScoped
public class Outbox {

    public Uni<Void> add(HealingEvent event) {
        OutboxEntity row = new OutboxEntity();
        row.eventType = event.getClass().getSimpleName();
        row.payload = EventCodec.encode(event);
        row.createdAt = Instant.now();
        return row.persist().replaceWithVoid();
    }
}
