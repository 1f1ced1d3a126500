package io.selfhealing.monitor.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * The last value of counters that only grow (rejected connections, container restarts), for one
 * target, so that a probe reports what happened since its previous check rather than since the
 * thing started. The first reading of a counter is its baseline (increase 0); a counter that went
 * down was reset (e.g. the server restarted), and its whole new value counts.
 */
public final class Counters {

    private final Map<String, Long> last = new HashMap<>();

    public synchronized long increase(String key, long current) {
        Long previous = last.put(key, current);
        if (previous == null) {
            return 0;
        }
        return current >= previous ? current - previous : current;
    }

    /** Forgets the counters under {@code prefix} not in {@code seen} (e.g. pods that are gone). */
    public synchronized void retainOnly(String prefix, java.util.Collection<String> seen) {
        last.keySet().removeIf(key -> key.startsWith(prefix) && !seen.contains(key));
    }
}
