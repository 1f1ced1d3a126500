package io.selfhealing.events;

/**
 * Success rate of one (issue type, fix type) ({@code healing.learning}, compacted, keyed by
 * {@link #key()}).
 */
public record LearningUpdated(EventHeader header, String issueType, String fixType, long total,
        long successes, double successRate) implements HealingEvent {

    public static String key(String issueType, String fixType) {
        return issueType + "|" + fixType;
    }

    public String key() {
        return key(issueType, fixType);
    }
}
