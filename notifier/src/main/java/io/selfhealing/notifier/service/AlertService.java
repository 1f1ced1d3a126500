package io.selfhealing.notifier.service;

import io.selfhealing.notifier.domain.AlertState;
import io.selfhealing.notifier.domain.Notification;
import io.selfhealing.notifier.repository.AlertEntity;
import io.selfhealing.notifier.repository.DeliveryEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Alerts as people see them (with their deliveries), acknowledgement, and resolution by their incident. */
@ApplicationScoped
public class AlertService {

    /** One delivery of an alert: to whom, why, and how far it got. */
    public record DeliveryView(long id, String receiver, String reason, String state, int attempts,
            Instant createdAt, Instant deliveredAt, Instant nextAttemptAt, String lastError) {
    }

    public record AlertView(long id, String key, String state, String severity, String title, String message,
            String targetId, String incidentId, Instant firstSeen, Instant lastSeen, int occurrences,
            String ackedBy, Instant ackedAt, String ackComment, Instant resolvedAt, String resolvedBy, boolean silenced,
            Notification.Links links, List<DeliveryView> deliveries) {
    }

    public enum AckResult { ACKNOWLEDGED, ALREADY, RESOLVED }

    private final Silences silences;
    private final Links links;

    public AlertService(Silences silences, Links links) {
        this.silences = silences;
        this.links = links;
    }

    @Transactional
    public List<AlertView> list(AlertState state, int limit) {
        List<AlertEntity> alerts = state == null
                ? AlertEntity.find("order by lastSeen desc").page(0, limit).list()
                : AlertEntity.find("state = ?1 order by lastSeen desc", state).page(0, limit).list();
        Instant now = Instant.now();
        return alerts.stream().map(a -> view(a, now)).toList();
    }

    @Transactional
    public AlertView get(long id) {
        AlertEntity a = AlertEntity.findById(id);
        return a == null ? null : view(a, Instant.now());
    }

    /** Acknowledges a firing alert: no more repeats or escalation for it. Null when there is no such alert. */
    @Transactional
    public AckResult ack(long id, String by, String comment) {
        AlertEntity a = AlertEntity.findById(id);
        if (a == null) {
            return null;
        }
        if (a.state == AlertState.RESOLVED) {
            return AckResult.RESOLVED;
        }
        if (a.state == AlertState.ACKNOWLEDGED) {
            return AckResult.ALREADY;
        }
        a.state = AlertState.ACKNOWLEDGED;
        a.ackedBy = by;
        a.ackedAt = Instant.now();
        a.ackComment = comment;
        return AckResult.ACKNOWLEDGED;
    }

    private AlertView view(AlertEntity a, Instant now) {
        List<DeliveryView> deliveries = DeliveryEntity.<DeliveryEntity>find("alertIds like ?1 order by id desc",
                "%," + a.id + ",%").page(0, 20).list().stream()
                .map(d -> new DeliveryView(d.id, d.receiver, d.reason, d.state.name(), d.attempts, d.createdAt,
                        d.deliveredAt, d.state.name().equals("PENDING") ? d.nextAttemptAt : null, d.lastError))
                .toList();
        return new AlertView(a.id, a.dedupKey, a.state.name(), a.severity, a.title, a.message, a.targetId,
                a.incidentId, a.firstSeen, a.lastSeen, a.occurrences, a.ackedBy, a.ackedAt, a.ackComment, a.resolvedAt,
                a.resolvedBy, silences.silenced(a, now), links.of(a), deliveries);
    }
}
