package io.selfhealing.notifier.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.selfhealing.notifier.channel.Channel;
import io.selfhealing.notifier.channel.DeliveryException;
import io.selfhealing.notifier.config.NotifierConfig;
import io.selfhealing.notifier.domain.Backoff;
import io.selfhealing.notifier.domain.DeliveryState;
import io.selfhealing.notifier.domain.Receiver;
import io.selfhealing.notifier.domain.Routing;
import io.selfhealing.notifier.repository.DeliveryEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.cfg.AvailableSettings;
import org.jboss.logging.Logger;

/**
 * Drains the outbox: each due delivery is sent while its row is locked (another instance skips it), then marked
 * DELIVERED, or retried later with exponential backoff, or FAILED when refused for good or past the give-up age.
 * A receiver that failed once in a tick is not tried again in that tick (a down receiver does not hold up others).
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final Routing routing;
    private final NotifierConfig.Delivery config;
    private final Backoff backoff;
    private final Map<Receiver.Type, Channel> channels = new EnumMap<>(Receiver.Type.class);

    public DeliveryWorker(Routing routing, NotifierConfig config, Instance<Channel> channels) {
        this.routing = routing;
        this.config = config.delivery();
        this.backoff = new Backoff(this.config.initialBackoff(), this.config.maxBackoff());
        channels.forEach(c -> this.channels.put(c.type(), c));
    }

    public void tick(Instant now) {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> DeliveryEntity.find("select d.id from DeliveryEntity d "
                + "where d.state = ?1 and d.nextAttemptAt <= ?2 order by d.id", DeliveryState.PENDING, now)
                .project(Long.class).page(0, config.batch()).list());
        Set<String> failing = new HashSet<>();
        for (Long id : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> attempt(id, failing));
            } catch (RuntimeException e) {
                LOG.errorf(e, "delivery %d: attempt failed unexpectedly, next tick tries again", id);
            }
        }
    }

    private void attempt(Long id, Set<String> failing) {
        DeliveryEntity d = DeliveryEntity.getEntityManager().find(DeliveryEntity.class, id,
                LockModeType.PESSIMISTIC_WRITE, Map.of(AvailableSettings.JAKARTA_LOCK_TIMEOUT, -2));
        if (d == null || d.state != DeliveryState.PENDING || failing.contains(d.receiver)) {
            return;
        }
        Receiver receiver = routing.receivers().get(d.receiver);
        Instant now = Instant.now();
        d.attempts++;
        try {
            if (receiver == null) {
                throw new DeliveryException("receiver " + d.receiver + " is no longer in the routes file", false, null);
            }
            channels.get(receiver.type()).send(receiver, NotificationWriter.decode(d));
            d.state = DeliveryState.DELIVERED;
            d.deliveredAt = now;
            d.lastError = null;
            LOG.infof("delivery %d to %s delivered (attempt %d)", d.id, d.receiver, d.attempts);
        } catch (DeliveryException e) {
            failing.add(d.receiver);
            failed(d, e, now);
        }
    }

    private void failed(DeliveryEntity d, DeliveryException e, Instant now) {
        d.lastError = e.getMessage();
        if (!e.retriable() || now.isAfter(d.createdAt.plus(config.giveUpAfter()))) {
            d.state = DeliveryState.FAILED;
            LOG.errorf("delivery %d to %s FAILED after %d attempts: %s", d.id, d.receiver, d.attempts, e.getMessage());
            return;
        }
        d.nextAttemptAt = now.plus(backoff.after(d.attempts));
        LOG.warnf("delivery %d to %s: attempt %d failed (%s), next at %s", d.id, d.receiver, d.attempts,
                e.getMessage(), d.nextAttemptAt);
    }
}
