package io.selfhealing.events;

/** An input that is not a valid event of the expected type: permanent, goes to the DLQ. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
