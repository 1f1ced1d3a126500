package io.selfhealing.common.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A consumed event's unit of work, tried again before the event is given up to the dead-letter
 * topic: any failure — a database restart or fail-over drops every pooled connection — is retried
 * with backoff (0.25 s doubling to at most 5 s, {@value #ATTEMPTS} attempts, about 10 s), each attempt
 * on the message's Vert.x context (Hibernate Reactive's session is bound to it). Only for handlers
 * that are idempotent (one transaction that also records the event it handled): a failed attempt
 * leaves nothing behind and a repeated one never acts twice. An event that cannot be decoded is not
 * retried (it fails before this).
 */
public final class Redelivery {

    public static final int ATTEMPTS = 6;
    private static final Duration BACKOFF = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(Redelivery.class);

    private Redelivery() {
    }

    /** {@code work} subscribed again on failure; {@code event} names it in the log. */
    public static <T> Uni<T> retrying(String event, Supplier<Uni<T>> work) {
        Context context = Vertx.currentContext();
        Uni<T> attempt = Uni.createFrom().<T>deferred(work::get);
        if (context != null) {
            attempt = attempt.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return attempt.onFailure().invoke(e -> LOG.warnf("%s not handled, tried again: %s", event, e.toString()))
                .onFailure().retry().withBackOff(BACKOFF, BACKOFF.multipliedBy(20)).atMost(ATTEMPTS - 1);
    }
}
