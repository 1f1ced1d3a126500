package io.selfhealing.monitor.domain;

import io.selfhealing.common.targets.TargetSpec;
import java.time.Instant;

/**
 * Everything a probe run needs: the target, its probe settings, and the target's sustained
 * threshold memory (for levels that must hold for a duration).
 */
public record ProbeContext(TargetSpec target, ProbeSettings settings, SustainedLevels levels) {

    public static ProbeContext of(TargetSpec target) {
        return new ProbeContext(target, new ProbeSettings(target.probe()), new SustainedLevels());
    }

    /** The status of {@code value} for {@code metric} under its configured (or default) threshold. */
    public io.selfhealing.events.HealthStatus level(String metric, double value, Threshold defaults) {
        return levels.evaluate(metric, value, settings.threshold(metric, defaults), Instant.now());
    }
}
