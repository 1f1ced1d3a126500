package io.selfhealing.common.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded memory of event ids already handled, for consumers where a repeat is harmless to
 * recompute but should not be re-published. Durable idempotency (fixes, backups, incidents) is
 * kept where the state lives.
 */
public final class RecentIds {

    private final Map<String, Boolean> ids;

    public RecentIds(int capacity) {
        this.ids = new LinkedHashMap<>(capacity * 2, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time an id is seen, false on every repeat. */
    public synchronized boolean firstTime(String id) {
        return ids.putIfAbsent(id, Boolean.TRUE) == null;
    }
}
