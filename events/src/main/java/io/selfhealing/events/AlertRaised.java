package io.selfhealing.events;

/** Something a human must look at ({@code healing.alerts}), e.g. a fix awaiting approval. */
public record AlertRaised(EventHeader header, Severity severity, String title, String message,
        String approvePath) implements HealingEvent {
}
