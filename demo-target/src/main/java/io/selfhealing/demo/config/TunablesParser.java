package io.selfhealing.demo.config;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;

/** Parses the tunables properties text; a missing key takes its default, an invalid value is an error. */
public final class TunablesParser {

    static final long MAX_MILLIS = 600_000;
    static final int MAX_BATCH = 10_000;

    private TunablesParser() {
    }

    /** @throws IllegalArgumentException with a reason a person can act on */
    public static Tunables parse(String content) {
        if (content.isBlank()) {
            throw new IllegalArgumentException("file is empty");
        }
        Properties props = new Properties();
        try {
            props.load(new StringReader(content));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("unreadable properties: " + e.getMessage(), e);
        }
        Tunables d = Tunables.DEFAULTS;
        return new Tunables(
                number(props, Tunables.DELAY_KEY, d.upstreamDelayMs(), 0, MAX_MILLIS),
                (int) number(props, Tunables.BATCH_KEY, d.batchSize(), 1, MAX_BATCH),
                number(props, Tunables.TIMEOUT_KEY, d.requestTimeoutMs(), 1, MAX_MILLIS));
    }

    private static long number(Properties props, String key, long fallback, long min, long max) {
        String raw = props.getProperty(key);
        if (raw == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "='" + raw.trim() + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + "=" + value + " is outside [" + min + ", " + max + "]");
        }
        return value;
    }
}
