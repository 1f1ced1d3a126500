package io.selfhealing.events;

/**
 * Success rate of one (issue type, fix type), over every target ({@code header.targetId} =
 * {@link #ALL_TARGETS}) or on one target ({@code header.targetId} = that target)
 * ({@code healing.learning}, compacted, keyed by {@link #key()}: {@code issue|fix} for the global
 * rate, {@code target|issue|fix} for a target's).
 */
public record LearningUpdated(EventHeader header, String issueType, String fixType, long total,
        long successes, double successRate) implements HealingEvent {

    /** The target id of statistics over every target. */
    public static final String ALL_TARGETS = "*";

    /** The compacted key of the global rate of (issue type, fix type). */
    public static String key(String issueType, String fixType) {
        return issueType + "|" + fixType;
    }

    /** The compacted key of one target's rate ({@link #key(String, String)} for {@link #ALL_TARGETS} or null). */
    public static String key(String targetId, String issueType, String fixType) {
        return targetId == null || ALL_TARGETS.equals(targetId) ? key(issueType, fixType)
                : targetId + "|" + key(issueType, fixType);
    }

    public String key() {
        return key(header.targetId(), issueType, fixType);
    }

    /** True for a rate over every target. */
    public boolean global() {
        return header.targetId() == null || ALL_TARGETS.equals(header.targetId());
    }
}
