package io.selfhealing.demo.worker;

/** How one HTTP call to the upstream ended. */
sealed interface CallResult {

    record Ok(int items, long millis) implements CallResult {
    }

    /** Any non-2xx answer; {@code retryAfter} is the raw Retry-After header or null. */
    record HttpError(int status, String retryAfter) implements CallResult {
    }

    record TimedOut() implements CallResult {
    }

    record Failed(Exception cause) implements CallResult {
    }
}
