package io.selfhealing.coordinator.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per target, when its trouble began: the earliest {@code firstSeen} of the errors reported since
 * its last incident ended. Kept in memory (a restarted coordinator measures from the errors it sees
 * after the restart); an entry older than {@code maxAge} no longer counts.
 */
final class FirstErrors {

    private final Map<String, Instant> first = new ConcurrentHashMap<>();
    private final Duration maxAge;

    FirstErrors(Duration maxAge) {
        this.maxAge = maxAge;
    }

    void seen(String targetId, Instant firstSeen) {
        if (targetId != null && firstSeen != null) {
            first.merge(targetId, firstSeen, (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    /** Time from the target's first error to {@code now}, if one is known and recent enough. */
    Optional<Duration> since(String targetId, Instant now) {
        Instant start = targetId == null ? null : first.get(targetId);
        if (start == null || start.isAfter(now)) {
            return Optional.empty();
        }
        Duration elapsed = Duration.between(start, now);
        return elapsed.compareTo(maxAge) > 0 ? Optional.empty() : Optional.of(elapsed);
    }

    /** The target's incident ended: the next error starts a new episode. */
    void ended(String targetId) {
        if (targetId != null) {
            first.remove(targetId);
        }
    }
}
