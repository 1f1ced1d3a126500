package io.selfhealing.notifier.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.Evidence;
import io.selfhealing.notifier.domain.DeliveryState;
import io.selfhealing.notifier.domain.Notification;
import io.selfhealing.notifier.repository.AlertEntity;
import io.selfhealing.notifier.repository.DeliveryEntity;
import io.selfhealing.notifier.repository.GroupEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Turns a due group into a notification snapshot and writes it to the outbox (caller's transaction). */
@ApplicationScoped
public class NotificationWriter {

    private static final Logger LOG = Logger.getLogger(NotificationWriter.class);

    private final Links links;

    public NotificationWriter(Links links) {
        this.links = links;
    }

    public DeliveryEntity write(GroupEntity group, String receiver, String reason, List<AlertEntity> alerts,
            Instant now) {
        Notification n = new Notification(UUID.randomUUID().toString(), receiver, group.groupKey, reason, group.level,
                now, alerts.stream().map(this::item).toList());
        DeliveryEntity d = new DeliveryEntity();
        d.groupId = group.id;
        d.receiver = receiver;
        d.reason = reason;
        d.alertIds = alerts.stream().map(a -> String.valueOf(a.id)).collect(Collectors.joining(",", ",", ","));
        d.notificationJson = AlertIntake.json(n);
        d.state = DeliveryState.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        d.persist();
        LOG.infof("group %s: %s notification %s to %s (%d alerts)", group.groupKey, reason, n.id(), receiver,
                alerts.size());
        return d;
    }

    Notification.Item item(AlertEntity a) {
        return new Notification.Item(a.id, a.dedupKey, a.severity, a.title, a.message, a.targetId, a.incidentId,
                a.firstSeen, a.lastSeen, a.occurrences, evidence(a), labels(a), links.of(a));
    }

    static List<Evidence> evidence(AlertEntity a) {
        return read(a.evidenceJson, new TypeReference<List<Evidence>>() { });
    }

    static Map<String, String> labels(AlertEntity a) {
        return read(a.labelsJson, new TypeReference<Map<String, String>>() { });
    }

    static Notification decode(DeliveryEntity d) {
        return read(d.notificationJson, new TypeReference<Notification>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventCodec.mapper().readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException("stored JSON is unreadable: " + e.getMessage(), e);
        }
    }
}
