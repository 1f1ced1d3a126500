package io.selfhealing.coordinator.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.coordinator.metrics.HealingMeters;
import io.selfhealing.coordinator.repository.OutboxEntity;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealingEvent;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.OutcomeRecorded;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows in order (all of a batch handed to the producer together), then deletes them
 * once the broker acknowledged them all. A crash or a nack between send and delete re-sends:
 * consumers are idempotent by event id. Runs when a
 * transaction that queued rows commits ({@link OutboxWakeup}) and, as a fallback, every
 * {@code outbox-interval}; one pass at a time (a wake during a pass runs another pass after it).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EventSender sender;
    private final Map<String, MutinyEmitter<String>> emitters;
    private final io.vertx.core.Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final HealingMeters meters;

    public OutboxRelay(EventSender sender, io.vertx.core.Vertx vertx, @Channel("commands") MutinyEmitter<String> commands,
            @Channel("incidents") MutinyEmitter<String> incidents, @Channel("outcomes") MutinyEmitter<String> outcomes,
            @Channel("alerts") MutinyEmitter<String> alerts, HealingMeters meters) {
        this.sender = sender;
        this.vertx = vertx;
        this.meters = meters;
        this.emitters = Map.of(CommandIssued.class.getSimpleName(), commands,
                IncidentChanged.class.getSimpleName(), incidents, OutcomeRecorded.class.getSimpleName(), outcomes,
                AlertRaised.class.getSimpleName(), alerts);
    }

    @Scheduled(every = "${healing.coordinator.outbox-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> relay() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return Uni.createFrom().voidItem();
        }
        return Panache.withSession(() -> OutboxEntity.<OutboxEntity>findAll(Sort.ascending("id")).page(0, BATCH).list())
                .flatMap(this::sendAll)
                .eventually(() -> {
                    running.set(false);
                    if (again.getAndSet(false)) {
                        wake();
                    }
                });
    }

    /** Relays now, on a fresh Vert.x context of its own (as the scheduler would run it). */
    public void wake() {
        io.vertx.core.Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(x -> relay().subscribe().with(ok -> { },
                failure -> LOG.debugf("outbox relay pass failed (the next pass retries): %s", failure.getMessage())));
    }

    /**
     * Hands every row of the batch to the producer at once, in id order (the producer keeps that order
     * per partition, and records of one target share a partition), and deletes them in one
     * transaction once the broker acknowledged them all: one round trip per batch, not per row.
     */
    private Uni<Void> sendAll(List<OutboxEntity> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = rows.stream().map(this::send).toList();
        List<Long> ids = rows.stream().map(row -> row.id).toList();
        return Uni.join().all(sends).andCollectFailures()
                .flatMap(x -> Panache.withTransaction(() -> OutboxEntity.delete("id in ?1", ids)))
                .replaceWithVoid();
    }

    private Uni<Void> send(OutboxEntity row) {
        HealingEvent event = EventCodec.decode(row.payload, row.eventType);
        MutinyEmitter<String> emitter = emitters.get(row.eventType);
        if (emitter == null) {
            throw new IllegalStateException("no channel for outbox event " + row.eventType);
        }
        return sender.send(emitter, event).invoke(() -> meters.sent(event));
    }
}
