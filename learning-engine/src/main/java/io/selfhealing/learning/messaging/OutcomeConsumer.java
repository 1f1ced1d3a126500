package io.selfhealing.learning.messaging;

import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.common.messaging.Redelivery;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.OutcomeRecorded;
import io.selfhealing.learning.service.LearningService;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** healing.outcomes → knowledge base → healing.learning (the global and the target's rate, compacted by key). */
@ApplicationScoped
public class OutcomeConsumer {

    private final LearningService learning;
    private final EventSender sender;
    private final MutinyEmitter<String> stats;

    public OutcomeConsumer(LearningService learning, EventSender sender,
            @Channel("learning") MutinyEmitter<String> stats) {
        this.learning = learning;
        this.sender = sender;
        this.stats = stats;
    }

    @Incoming("outcomes")
    public Uni<Void> onOutcome(String json) {
        OutcomeRecorded outcome = EventCodec.decode(json, OutcomeRecorded.class);
        // recording is idempotent (one outcome per incident): retried when the database drops connections
        return Redelivery.retrying("outcome of incident " + outcome.header().incidentId(),
                () -> learning.record(outcome)).flatMap(updates -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (var update : updates) {
                chain = chain.chain(() -> sender.send(stats, update));
            }
            return chain;
        });
    }
}
