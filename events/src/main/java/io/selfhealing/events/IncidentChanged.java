package io.selfhealing.events;

/** One transition of an incident ({@code healing.incidents}). */
public record IncidentChanged(EventHeader header, IncidentState from, IncidentState to, String issueType,
        int confidence, String reason) implements HealingEvent {
}
