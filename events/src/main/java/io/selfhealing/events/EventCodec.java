package io.selfhealing.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one JSON codec of the platform. Unknown fields are ignored (producers may add optional
 * fields); a missing or invalid header is a {@link MalformedEventException}.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventCodec() {
    }

    public static String encode(HealingEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    public static <T extends HealingEvent> T decode(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty payload, expected " + type.getSimpleName());
        }
        return read(type, () -> MAPPER.readValue(json, type));
    }

    private static <T extends HealingEvent> T read(Class<T> type, JsonRead<T> read) {
        T event;
        try {
            event = read.value();
        } catch (Exception e) {
            throw new MalformedEventException("not a valid " + type.getSimpleName() + ": "
                    + rootMessage(e), e);
        }
        if (event == null || event.header() == null) {
            throw new MalformedEventException("missing header, expected " + type.getSimpleName());
        }
        return event;
    }

    /**
     * Decodes an event from its UTF-8 bytes as a record carries them (no intermediate String: the
     * byte parser is the faster one on a hot path).
     */
    public static <T extends HealingEvent> T decode(byte[] json, Class<T> type) {
        if (json == null || json.length == 0) {
            throw new MalformedEventException("empty payload, expected " + type.getSimpleName());
        }
        return read(type, () -> MAPPER.readValue(json, type));
    }

    /** Decodes an event whose type is given by its simple name, e.g. {@code "CommandIssued"}. */
    public static HealingEvent decode(String json, String simpleName) {
        for (Class<?> type : HealingEvent.class.getPermittedSubclasses()) {
            if (type.getSimpleName().equals(simpleName)) {
                return decode(json, type.asSubclass(HealingEvent.class));
            }
        }
        throw new MalformedEventException("unknown event type " + simpleName);
    }

    /** The shared mapper, for callers that need to write non-event JSON the same way. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = msg.indexOf('\n');
        return newline > 0 ? msg.substring(0, newline) : msg;
    }

    @FunctionalInterface
    private interface JsonRead<T> {
        T value() throws IOException;
    }
}
