package io.selfhealing.monitor.service;

import io.selfhealing.events.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides which results are published: the first of a target, every change of status at once, and
 * an unchanged status again only when the heartbeat interval has passed since it was last published.
 */
public final class StatusTracker {

    private final Duration heartbeat;
    private final Map<String, Published> last = new HashMap<>();

    public StatusTracker(Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    /** True when this result must be published; it then counts as published at {@code now}. */
    public synchronized boolean shouldPublish(String targetId, HealthStatus status, Instant now) {
        Published previous = last.get(targetId);
        if (previous != null && previous.status() == status && now.isBefore(previous.at().plus(heartbeat))) {
            return false;
        }
        last.put(targetId, new Published(status, now));
        return true;
    }

    /** The last publication failed: the next result of the target is published whatever it is. */
    public synchronized void forget(String targetId) {
        last.remove(targetId);
    }

    private record Published(HealthStatus status, Instant at) {
    }
}
