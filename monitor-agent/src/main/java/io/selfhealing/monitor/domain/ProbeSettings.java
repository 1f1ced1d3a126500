package io.selfhealing.monitor.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code probe} map of a target, read with defaults: {@code intervalSeconds} (5),
 * {@code timeoutMs} (2000) and whatever the probe type needs.
 */
public record ProbeSettings(Map<String, Object> values) {

    public static final long DEFAULT_INTERVAL_SECONDS = 5;
    public static final long DEFAULT_TIMEOUT_MS = 2000;

    public ProbeSettings {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public Duration interval() {
        return Duration.ofMillis(Math.round(doubleValue("intervalSeconds", DEFAULT_INTERVAL_SECONDS) * 1000));
    }

    public Duration timeout() {
        return Duration.ofMillis(longValue("timeoutMs", DEFAULT_TIMEOUT_MS));
    }

    public Optional<String> string(String key) {
        Object v = values.get(key);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    public String required(String key) {
        return string(key).filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("probe." + key + " is required"));
    }

    public long longValue(String key, long defaultValue) {
        return Math.round(doubleValue(key, defaultValue));
    }

    public double doubleValue(String key, double defaultValue) {
        Object v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("probe." + key + " must be a number, was " + v, e);
        }
    }

    public boolean flag(String key, boolean defaultValue) {
        return string(key).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /** A nested map (e.g. {@code thresholds}), empty when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        Object v = values.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The threshold of {@code metric}: the defaults, with what {@code thresholds.<metric>} sets. */
    @SuppressWarnings("unchecked")
    public Threshold threshold(String metric, Threshold defaults) {
        Object v = map("thresholds").get(metric);
        return v instanceof Map<?, ?> m ? defaults.overriddenBy((Map<String, Object>) m) : defaults;
    }
}
