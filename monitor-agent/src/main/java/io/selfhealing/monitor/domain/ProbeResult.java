package io.selfhealing.monitor.domain;

import io.selfhealing.events.CheckResult;
import io.selfhealing.events.HealthStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What one probe run found: the overall status, why, and the checks behind it. */
public record ProbeResult(HealthStatus status, List<String> reasons, List<CheckResult> checks) {

    public ProbeResult {
        reasons = List.copyOf(reasons);
        checks = List.copyOf(checks);
    }

    /** The probe itself failed (bad settings, unexpected error): the target's health is unknown. */
    public static ProbeResult unknown(String check, String reason) {
        return new ProbeResult(HealthStatus.UNKNOWN, List.of(reason),
                List.of(new CheckResult(check, HealthStatus.UNKNOWN, null, Map.of("error", reason))));
    }

    /**
     * This result with the checks of a secondary measurement (e.g. a pool's usage): its status and
     * reasons count, unless it could not be measured (UNKNOWN): that is only recorded in its checks, so
     * a broken side channel never changes what the main check found.
     */
    public ProbeResult plus(ProbeResult secondary) {
        List<CheckResult> all = new ArrayList<>(checks);
        all.addAll(secondary.checks());
        if (secondary.status() == HealthStatus.UNKNOWN) {
            return new ProbeResult(status, reasons, all);
        }
        List<String> why = new ArrayList<>(reasons);
        why.addAll(secondary.reasons());
        return new ProbeResult(secondary.status().worseThan(status) ? secondary.status() : status, why, all);
    }

    /** The worst status of the checks, with the reasons of every check that is not healthy. */
    public static ProbeResult of(List<CheckResult> checks, List<String> reasons) {
        HealthStatus worst = HealthStatus.HEALTHY;
        for (CheckResult c : checks) {
            if (c.status().worseThan(worst)) {
                worst = c.status();
            }
        }
        return new ProbeResult(worst, new ArrayList<>(reasons), checks);
    }
}
