package io.selfhealing.learning.messaging;

import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.LearningUpdated;
import io.selfhealing.events.OutcomeRecorded;
import io.selfhealing.learning.service.LearningService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** healing.outcomes → knowledge base → healing.learning (the global and the target's rate, compacted by key). */
@ApplicationScoped
public class OutcomeConsumer {

    static final int ATTEMPTS = 6;
    private static final Duration BACKOFF = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(OutcomeConsumer.class);

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
        return recorded(outcome).flatMap(updates -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (var update : updates) {
                chain = chain.chain(() -> sender.send(stats, update));
            }
            return chain;
        });
    }

    /**
     * Records the outcome, retried with backoff when recording fails (a database restart drops the
     * pool's connections; recording is idempotent, one outcome per incident): an outcome goes to the
     * dead-letter topic only after {@link #ATTEMPTS} failures, never on the first dropped connection.
     * Each attempt subscribes on the message's Vert.x context (Hibernate Reactive needs it).
     */
    private Uni<List<LearningUpdated>> recorded(OutcomeRecorded outcome) {
        Context context = Vertx.currentContext();
        Uni<List<LearningUpdated>> record = Uni.createFrom().deferred(() -> learning.record(outcome));
        if (context != null) {
            record = record.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return record.onFailure().invoke(e -> LOG.warnf("outcome of incident %s not recorded: %s",
                        outcome.header().incidentId(), e.toString()))
                .onFailure().retry().withBackOff(BACKOFF, BACKOFF.multipliedBy(20)).atMost(ATTEMPTS - 1);
    }
}
