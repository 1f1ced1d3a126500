package io.selfhealing.monitor.domain;

import io.selfhealing.events.CheckResult;
import io.selfhealing.events.HealthStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the checks of one probe run and the reasons of those that are not healthy. */
public final class CheckList {

    private final ProbeContext context;
    private final List<CheckResult> checks = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();

    public CheckList(ProbeContext context) {
        this.context = context;
    }

    /**
     * A numeric metric judged by the target's threshold {@code thresholds.<metric>} (or the
     * defaults), with durations.
     */
    public CheckList metric(String name, String metric, double value, Threshold defaults, Map<String, Object> details) {
        HealthStatus status = context.level(name + "/" + metric, metric, value, defaults);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put(metric, round(value));
        all.putAll(details);
        checks.add(new CheckResult(name, status, null, all));
        if (status != HealthStatus.HEALTHY) {
            Threshold t = context.settings().threshold(metric, defaults);
            double level = status == HealthStatus.CRITICAL ? t.critical() : t.warning();
            reasons.add(name + " " + metric + " " + round(value) + " > " + round(level));
        }
        return this;
    }

    /** A check whose status the probe decided itself; {@code reason} is used when not healthy. */
    public CheckList check(String name, HealthStatus status, Long latencyMs, Map<String, Object> details,
            String reason) {
        checks.add(new CheckResult(name, status, latencyMs, details));
        if (status != HealthStatus.HEALTHY && reason != null) {
            reasons.add(reason);
        }
        return this;
    }

    public ProbeResult result() {
        return ProbeResult.of(checks, reasons);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
