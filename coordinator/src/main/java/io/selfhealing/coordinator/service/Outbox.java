package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.selfhealing.coordinator.repository.OutboxEntity;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Queues an event in the current transaction; {@code OutboxRelay} sends it after commit. The
 * {@code NOTIFY} is delivered by PostgreSQL only when the transaction commits: it wakes the relay.
 */
@ApplicationScoped
public class Outbox {

    public Uni<Void> add(HealingEvent event) {
        OutboxEntity row = new OutboxEntity();
        row.eventType = event.getClass().getSimpleName();
        row.payload = EventCodec.encode(event);
        row.createdAt = Instant.now();
        return row.persist().flatMap(x -> Panache.getSession())
                .flatMap(session -> session.createNativeQuery("NOTIFY healing_outbox").executeUpdate())
                .replaceWithVoid();
    }
}
