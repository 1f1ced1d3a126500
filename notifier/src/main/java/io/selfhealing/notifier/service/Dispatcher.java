package io.selfhealing.notifier.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.selfhealing.notifier.domain.AlertState;
import io.selfhealing.notifier.domain.GroupClock;
import io.selfhealing.notifier.domain.Route;
import io.selfhealing.notifier.domain.Routing;
import io.selfhealing.notifier.repository.AlertEntity;
import io.selfhealing.notifier.repository.GroupEntity;
import io.selfhealing.notifier.repository.GroupMemberEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Every tick: for each group that may need a notification, asks {@link GroupClock} and, when due, writes a delivery
 * to the outbox in the same transaction that moves the group's clock (so a crash neither loses nor doubles it).
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final Routing routing;
    private final Silences silences;
    private final NotificationWriter writer;

    public Dispatcher(Routing routing, Silences silences, NotificationWriter writer) {
        this.routing = routing;
        this.silences = silences;
        this.writer = writer;
    }

    public void tick(Instant now) {
        for (Long id : QuarkusTransaction.requiringNew().call(Dispatcher::candidates)) {
            try {
                QuarkusTransaction.requiringNew().run(() -> evaluate(id, now));
            } catch (RuntimeException e) {
                LOG.errorf(e, "group %d: evaluation failed, next tick tries again", id);
            }
        }
    }

    /** Groups with a firing alert, and groups notified before (whose clock may need a reset). */
    private static List<Long> candidates() {
        List<Long> groups = GroupEntity.find("select distinct m.groupId from GroupMemberEntity m, AlertEntity a "
                + "where a.id = m.alertId and a.state = ?1", AlertState.FIRING).project(Long.class).list();
        List<Long> notified = GroupEntity.find("select g.id from GroupEntity g where g.lastNotified is not null")
                .project(Long.class).list();
        List<Long> all = new ArrayList<>(groups);
        notified.stream().filter(id -> !groups.contains(id)).forEach(all::add);
        return all;
    }

    private void evaluate(Long groupId, Instant now) {
        GroupEntity group = GroupEntity.findById(groupId, LockModeType.PESSIMISTIC_WRITE);
        Route route = find(routing.root(), group.routePath);
        if (route == null || route.receivers().isEmpty()) {
            return;
        }
        List<GroupMemberEntity> members = GroupMemberEntity.list("groupId", groupId);
        Map<Long, AlertEntity> alerts = AlertEntity.<AlertEntity>list("id in ?1",
                members.stream().map(m -> m.alertId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.id, a -> a));
        List<GroupMemberEntity> open = members.stream().filter(m -> needsAttention(alerts.get(m.alertId), now)).toList();
        if (open.isEmpty()) {
            reset(group);
            return;
        }
        if (group.formedAt == null) {
            group.formedAt = now;
        }
        boolean hasNew = open.stream().anyMatch(m -> m.notifiedAt == null);
        GroupClock.State state = new GroupClock.State(group.formedAt, group.lastNotified, group.levelSince,
                group.level, route.receivers().size(), true, hasNew);
        GroupClock.Action action = GroupClock.decide(state, GroupClock.Timing.of(route), now);
        if (action == GroupClock.Action.WAIT) {
            return;
        }
        String reason = reason(group, action, hasNew);
        if (action == GroupClock.Action.ESCALATE) {
            group.level++;
            group.levelSince = now;
        } else if (group.lastNotified == null) {
            group.levelSince = now;
        }
        String receiver = route.receivers().get(Math.min(group.level, route.receivers().size() - 1));
        writer.write(group, receiver, reason, open.stream().map(m -> alerts.get(m.alertId)).toList(), now);
        group.lastNotified = now;
        group.notifications++;
        open.forEach(m -> m.notifiedAt = now);
    }

    private boolean needsAttention(AlertEntity alert, Instant now) {
        return alert != null && alert.state == AlertState.FIRING && !silences.silenced(alert, now);
    }

    /** Nothing in the group needs attention any more: the next alert starts afresh (group wait, first receiver). */
    private static void reset(GroupEntity group) {
        group.lastNotified = null;
        group.levelSince = null;
        group.level = 0;
        group.formedAt = null;
    }

    private static String reason(GroupEntity group, GroupClock.Action action, boolean hasNew) {
        if (action == GroupClock.Action.ESCALATE) {
            return "escalation";
        }
        return group.lastNotified == null ? "first" : hasNew ? "update" : "repeat";
    }

    static Route find(Route route, String path) {
        if (route.path().equals(path)) {
            return route;
        }
        for (Route child : route.children()) {
            if (path.startsWith(child.path())) {
                Route found = find(child, path);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
