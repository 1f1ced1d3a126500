package io.selfhealing.events;

/** One raw line read from a target's log ({@code healing.logs}). The text is untrusted data. */
public record LogLineCollected(EventHeader header, String stream, long offset, String line)
        implements HealingEvent {
}
