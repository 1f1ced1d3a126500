package io.selfhealing.monitor.domain;

import io.selfhealing.events.HealthStatus;
import java.time.Duration;
import java.util.Map;

/**
 * Warning and critical levels of one metric (above = worse), each holding only after the value
 * stayed above it for its duration. In YAML, under {@code probe.thresholds.<metric>}:
 * {@code {warning: 80, warningFor: 5m, critical: 90, criticalFor: 2m}} (durations: 30s, 5m, 1h or ms).
 * A missing level is never reached.
 */
public record Threshold(double warning, Duration warningFor, double critical, Duration criticalFor) {

    public static final Threshold NONE = new Threshold(Double.POSITIVE_INFINITY, Duration.ZERO,
            Double.POSITIVE_INFINITY, Duration.ZERO);

    public static Threshold of(double warning, double critical) {
        return new Threshold(warning, Duration.ZERO, critical, Duration.ZERO);
    }

    /** The level a single value reaches, ignoring durations. */
    public HealthStatus levelOf(double value) {
        if (value > critical) {
            return HealthStatus.CRITICAL;
        }
        return value > warning ? HealthStatus.WARNING : HealthStatus.HEALTHY;
    }

    /** This threshold with the levels the YAML map sets replacing the defaults. */
    public Threshold overriddenBy(Map<String, Object> yaml) {
        if (yaml == null || yaml.isEmpty()) {
            return this;
        }
        return new Threshold(number(yaml, "warning", warning), duration(yaml, "warningFor", warningFor),
                number(yaml, "critical", critical), duration(yaml, "criticalFor", criticalFor));
    }

    private static double number(Map<String, Object> yaml, String key, double fallback) {
        Object v = yaml.get(key);
        if (v == null) {
            return fallback;
        }
        return v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
    }

    static Duration duration(Map<String, Object> yaml, String key, Duration fallback) {
        Object v = yaml.get(key);
        return v == null ? fallback : parseDuration(v.toString());
    }

    /** {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h}; a bare number is seconds. */
    public static Duration parseDuration(String text) {
        String s = text.trim().toLowerCase();
        try {
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
            }
            long amount = Long.parseLong(s.replaceAll("[smh]$", "").trim());
            return switch (s.charAt(s.length() - 1)) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("invalid duration '" + text + "' (use 500ms, 30s, 5m, 1h)", e);
        }
    }
}
