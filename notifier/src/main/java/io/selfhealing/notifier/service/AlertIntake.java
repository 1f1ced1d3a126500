package io.selfhealing.notifier.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.EventCodec;
import io.selfhealing.notifier.domain.AlertLabels;
import io.selfhealing.notifier.domain.AlertState;
import io.selfhealing.notifier.domain.Route;
import io.selfhealing.notifier.domain.Routing;
import io.selfhealing.notifier.repository.AlertEntity;
import io.selfhealing.notifier.repository.GroupEntity;
import io.selfhealing.notifier.repository.GroupMemberEntity;
import io.selfhealing.notifier.repository.ProcessedEventEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Takes an alert in: idempotent on the event id; the same dedup key updates one alert; the alert joins a group on
 * every route that takes it. The notification itself is decided later by the {@link Dispatcher}.
 */
@ApplicationScoped
public class AlertIntake {

    private static final Logger LOG = Logger.getLogger(AlertIntake.class);
    private static final int ATTEMPTS = 3;

    private final Routing routing;

    public AlertIntake(Routing routing) {
        this.routing = routing;
    }

    /** Stores the alert; a unique-key race with another consumer thread is retried in a new transaction. */
    public void accept(AlertRaised event) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> store(event));
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.debugf("alert %s: retrying after %s", event.header().eventId(), e.getMessage());
            }
        }
    }

    private void store(AlertRaised event) {
        if (ProcessedEventEntity.findById(event.header().eventId()) != null) {
            return;
        }
        ProcessedEventEntity processed = new ProcessedEventEntity();
        processed.eventId = event.header().eventId();
        processed.processedAt = Instant.now();
        processed.persist();
        AlertEntity alert = AlertEntity.find("dedupKey", event.dedupKey()).firstResult();
        boolean fresh = alert == null || alert.state == AlertState.RESOLVED;
        alert = upsert(alert, event);
        Map<String, String> labels = AlertLabels.of(event);
        for (Route route : routing.match(labels)) {
            if (!route.receivers().isEmpty()) {
                join(group(route.groupKey(labels, alert.dedupKey), route), alert, fresh);
            }
        }
        LOG.infof("alert %d (%s) %s: %s", alert.id, alert.dedupKey, fresh ? "firing" : "raised again", alert.title);
    }

    private static AlertEntity upsert(AlertEntity existing, AlertRaised event) {
        Instant now = Instant.now();
        AlertEntity a = existing == null ? new AlertEntity() : existing;
        if (existing == null) {
            a.dedupKey = event.dedupKey();
            a.firstSeen = now;
        }
        if (existing == null || a.state == AlertState.RESOLVED) {
            a.state = AlertState.FIRING;
            a.resolvedAt = null;
            a.resolvedBy = null;
        }
        a.lastEventId = event.header().eventId();
        a.severity = event.severity().name();
        a.title = event.title();
        a.message = event.message();
        a.targetId = event.header().targetId();
        a.incidentId = event.header().incidentId();
        a.source = event.header().source();
        a.approvePath = event.approvePath();
        a.rejectPath = event.rejectPath();
        a.incidentPath = event.incidentPath();
        a.evidenceJson = json(event.evidence());
        a.labelsJson = json(event.labels());
        a.lastSeen = now;
        a.lastRaisedAt = event.header().occurredAt();
        a.occurrences++;
        a.persist();
        return a;
    }

    private static GroupEntity group(String key, Route route) {
        GroupEntity g = GroupEntity.find("groupKey", key).firstResult();
        if (g == null) {
            g = new GroupEntity();
            g.groupKey = key;
            g.routePath = route.path();
            g.persist();
        }
        if (g.formedAt == null) {
            g.formedAt = Instant.now();
        }
        return g;
    }

    private static void join(GroupEntity group, AlertEntity alert, boolean fresh) {
        GroupMemberEntity m = GroupMemberEntity.find("groupId = ?1 and alertId = ?2", group.id, alert.id).firstResult();
        if (m == null) {
            m = new GroupMemberEntity();
            m.groupId = group.id;
            m.alertId = alert.id;
            m.joinedAt = Instant.now();
            m.persist();
        } else if (fresh) {
            m.notifiedAt = null;
        }
    }

    static String json(Object value) {
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value, e);
        }
    }
}
