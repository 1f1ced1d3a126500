package io.selfhealing.coordinator.service;

import io.selfhealing.events.LearningUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latest success rates per (issue type, fix type), rebuilt at every start from the compacted
 * healing.learning topic.
 */
@ApplicationScoped
public class LearningCache {

    private final Map<String, LearningUpdated> stats = new ConcurrentHashMap<>();

    public void update(LearningUpdated update) {
        stats.merge(update.key(), update, (old, neu) -> neu.total() >= old.total() ? neu : old);
    }

    public LearningUpdated stats(String issueType, String fixType) {
        return fixType == null ? null : stats.get(LearningUpdated.key(issueType, fixType));
    }

    public Collection<LearningUpdated> all() {
        return stats.values();
    }
}
