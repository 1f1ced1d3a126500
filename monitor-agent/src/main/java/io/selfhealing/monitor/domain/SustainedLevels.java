package io.selfhealing.monitor.domain;

import io.selfhealing.events.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The memory behind thresholds with durations, for one target: since when each metric has been
 * above its warning and its critical level. A level counts only once it held for its duration
 * (e.g. CPU above 90 % for 2 minutes); one value below the level resets it.
 */
public final class SustainedLevels {

    private final Map<String, Instant> aboveWarningSince = new HashMap<>();
    private final Map<String, Instant> aboveCriticalSince = new HashMap<>();

    public synchronized HealthStatus evaluate(String metric, double value, Threshold threshold, Instant now) {
        boolean critical = held(aboveCriticalSince, metric, value > threshold.critical(), threshold.criticalFor(), now);
        boolean warning = held(aboveWarningSince, metric, value > threshold.warning(), threshold.warningFor(), now);
        if (critical) {
            return HealthStatus.CRITICAL;
        }
        return warning ? HealthStatus.WARNING : HealthStatus.HEALTHY;
    }

    private static boolean held(Map<String, Instant> since, String metric, boolean above, Duration needed,
            Instant now) {
        if (!above) {
            since.remove(metric);
            return false;
        }
        Instant start = since.computeIfAbsent(metric, m -> now);
        return !now.isBefore(start.plus(needed));
    }
}
