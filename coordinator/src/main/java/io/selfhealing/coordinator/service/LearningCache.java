package io.selfhealing.coordinator.service;

import io.selfhealing.events.LearningUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latest success rates per (target, issue type, fix type) and per (issue type, fix type), rebuilt
 * at every start from the compacted healing.learning topic.
 */
@ApplicationScoped
public class LearningCache {

    private final Map<String, LearningUpdated> stats = new ConcurrentHashMap<>();

    public void update(LearningUpdated update) {
        stats.merge(update.key(), update, (old, neu) -> neu.header().occurredAt().isBefore(old.header().occurredAt())
                ? old : neu);
    }

    /**
     * The target's own rate once it has {@code minOutcomes} outcomes, else the rate over every
     * target (null when neither exists).
     */
    public LearningUpdated stats(String targetId, String issueType, String fixType, int minOutcomes) {
        if (fixType == null) {
            return null;
        }
        LearningUpdated own = stats.get(LearningUpdated.key(targetId, issueType, fixType));
        return own != null && own.total() >= minOutcomes ? own : stats.get(LearningUpdated.key(issueType, fixType));
    }

    /** The rates over every target (each outcome counted once). */
    public Collection<LearningUpdated> all() {
        return stats.values().stream().filter(LearningUpdated::global).toList();
    }
}
