package io.selfhealing.monitor.domain;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.HealthStatus;
import java.time.Instant;

/**
 * Everything a probe run needs: the target, its probe settings, the target's sustained threshold
 * memory (for levels that must hold for a duration) and its counters (for increases since the
 * previous check).
 */
public record ProbeContext(TargetSpec target, ProbeSettings settings, SustainedLevels levels, Counters counters) {

    public static ProbeContext of(TargetSpec target) {
        return new ProbeContext(target, new ProbeSettings(target.probe()), new SustainedLevels(), new Counters());
    }

    /** How much the counter {@code key} grew since the previous check (0 at the first one). */
    public long increase(String key, long current) {
        return counters.increase(key, current);
    }

    /** The status of {@code value} for {@code metric} under its configured (or default) threshold. */
    public HealthStatus level(String metric, double value, Threshold defaults) {
        return level(metric, metric, value, defaults);
    }

    /** As {@link #level(String, double, Threshold)}, remembered under {@code key} (e.g. one per disk). */
    public HealthStatus level(String key, String metric, double value, Threshold defaults) {
        return levels.evaluate(key, value, settings.threshold(metric, defaults), Instant.now());
    }
}
