package io.selfhealing.coordinator.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wakes the outbox relay when a transaction that queued an event commits. {@code Outbox.add} issues
 * {@code NOTIFY healing_outbox} inside the transaction; PostgreSQL delivers it only on commit (and
 * never on rollback), to every coordinator instance listening, on this dedicated connection. The
 * relay's poll stays as the fallback while the listening connection is down (it reconnects every
 * second) — the hop from a state change to its command costs a round trip, not a poll interval.
 */
@ApplicationScoped
public class OutboxWakeup {

    static final String CHANNEL = "healing_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxWakeup.class);

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final String url;
    private final String user;
    private final String password;
    private PgSubscriber subscriber;

    public OutboxWakeup(Vertx vertx, OutboxRelay relay,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.relay = relay;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void listen(@Observes StartupEvent start) {
        PgConnectOptions options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempt -> 1_000L);
        subscriber.channel(CHANNEL).handler(payload -> relay.wake())
                .subscribeHandler(relay::wake); // (re)subscribed: catch up on what committed meanwhile
        subscriber.closeHandler(() -> LOG.info("outbox listener closed; relaying by poll"));
        subscriber.connect().subscribe().with(ok -> LOG.debug("listening for outbox commits"),
                failure -> LOG.warnf("cannot listen for outbox commits (%s); relaying by poll", failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent stop) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }
}
