package io.selfhealing.notifier.domain;

import java.time.Duration;

/** Exponential backoff between delivery attempts: initial × 2^(attempt−1), capped at max. */
public record Backoff(Duration initial, Duration max) {

    /** The delay after the given failed attempt (1 = the first). */
    public Duration after(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long millis = initial.toMillis() << shift;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
