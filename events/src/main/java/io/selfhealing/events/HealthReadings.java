package io.selfhealing.events;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the conventional values out of a health report's check details (the contract's metric names:
 * {@code poolUsagePercent}, {@code poolActive}/{@code poolMax}, latency, OOM kills), for every consumer of
 * {@code healing.health} (root-cause-analyst's rules, the coordinator's validation).
 */
public final class HealthReadings {

    private HealthReadings() {
    }

    /** The largest numeric value of a detail key over all checks of the report. */
    public static Optional<Double> metric(HealthReported report, String key) {
        return report.checks().stream().map(c -> number(details(c).get(key))).flatMap(Optional::stream)
                .max(Double::compare);
    }

    /** A check whose name starts with {@code prefix} (cpu, memory, connect...) and has this status. */
    public static Optional<CheckResult> check(HealthReported report, String prefix, HealthStatus status) {
        return report.checks().stream().filter(c -> c.name() != null && c.name().startsWith(prefix)
                && c.status() == status).findFirst();
    }

    /** Connection pool usage in percent: {@code poolUsagePercent}, or {@code poolActive / poolMax}. */
    public static Optional<Double> poolUsagePercent(HealthReported report) {
        Optional<Double> direct = metric(report, "poolUsagePercent");
        if (direct.isPresent()) {
            return direct;
        }
        for (CheckResult c : report.checks()) {
            Optional<Double> active = number(details(c).get("poolActive"));
            Optional<Double> max = number(details(c).get("poolMax"));
            if (active.isPresent() && max.isPresent() && max.get() > 0) {
                return Optional.of(100 * active.get() / max.get());
            }
        }
        return Optional.empty();
    }

    /** The container or process was killed for exceeding its memory limit. */
    public static boolean oomKilled(HealthReported report) {
        boolean inReasons = report.reasons().stream().anyMatch(HealthReadings::mentionsOom);
        boolean inChecks = report.checks().stream().flatMap(c -> details(c).entrySet().stream())
                .anyMatch(e -> (mentionsOom(e.getKey()) && truthy(e.getValue()))
                        || (e.getValue() instanceof String s && mentionsOom(s)));
        return inReasons || inChecks;
    }

    /** The slowest check latency of the report, in ms. */
    public static Optional<Long> maxLatencyMs(HealthReported report) {
        return report.checks().stream().map(CheckResult::latencyMs).filter(l -> l != null).max(Long::compare);
    }

    private static boolean mentionsOom(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("oomkilled") || t.contains("oom_killed") || t.contains("oom-killed");
    }

    private static boolean truthy(Object v) {
        return Boolean.TRUE.equals(v) || "true".equalsIgnoreCase(String.valueOf(v))
                || number(v).map(n -> n > 0).orElse(false);
    }

    private static Map<String, Object> details(CheckResult c) {
        return c.details() == null ? Map.of() : c.details();
    }

    private static Optional<Double> number(Object v) {
        if (v instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        if (v instanceof String s) {
            try {
                return Optional.of(Double.parseDouble(s.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
