package io.selfhealing.events;

/** Result of an APPLY or REVERT command ({@code healing.fix-results}). */
public record FixExecuted(EventHeader header, String commandId, CommandType action, boolean success,
        String commitId, String message) implements HealingEvent {
}
