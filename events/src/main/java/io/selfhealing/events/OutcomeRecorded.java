package io.selfhealing.events;

/** How a fix ended ({@code healing.outcomes}), the input of learning. */
public record OutcomeRecorded(EventHeader header, String issueType, String fixType, boolean success,
        IncidentState finalState, int baseConfidence, int adjustedConfidence, long durationMs,
        String detail) implements HealingEvent {
}
