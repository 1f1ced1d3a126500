package io.selfhealing.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The header every event carries. {@code incidentId} is null until the coordinator opened an
 * incident for the event's subject.
 */
public record EventHeader(
        int schemaVersion,
        String eventId,
        Instant occurredAt,
        String source,
        String targetId,
        String incidentId) {

    public static final int CURRENT_SCHEMA_VERSION = 1;

    public EventHeader {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(targetId, "targetId");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be >= 1, was " + schemaVersion);
        }
    }

    /** A fresh header for a new event, with a random id and the current time. */
    public static EventHeader create(String source, String targetId, String incidentId) {
        return new EventHeader(CURRENT_SCHEMA_VERSION, UUID.randomUUID().toString(), Instant.now(),
                source, targetId, incidentId);
    }

    public static EventHeader create(String source, String targetId) {
        return create(source, targetId, null);
    }

    /** The same subject and incident, a new event id and time, another source. */
    public EventHeader next(String newSource) {
        return create(newSource, targetId, incidentId);
    }

    public EventHeader withIncident(String newIncidentId) {
        return new EventHeader(schemaVersion, eventId, occurredAt, source, targetId, newIncidentId);
    }
}
