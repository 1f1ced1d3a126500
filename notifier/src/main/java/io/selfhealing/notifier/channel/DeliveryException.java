package io.selfhealing.notifier.channel;

/** A failed attempt; {@code retriable} = try again later (IO, timeout, 5xx, 408, 429), else refused for good. */
public class DeliveryException extends Exception {

    private final boolean retriable;

    public DeliveryException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
