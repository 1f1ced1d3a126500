package io.selfhealing.detector.service;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Severity;

/**
 * Severity of a report: the category's base severity, one step up for a high rate, one for a
 * target whose latest health is CRITICAL, one for an escalation; capped at CRITICAL.
 */
final class SeverityPolicy {

    private final double highRatePerMinute;

    SeverityPolicy(double highRatePerMinute) {
        this.highRatePerMinute = highRatePerMinute;
    }

    Severity of(Severity base, double ratePerMinute, HealthStatus health, boolean escalating) {
        int level = base.ordinal();
        if (ratePerMinute >= highRatePerMinute) {
            level++;
        }
        if (health == HealthStatus.CRITICAL) {
            level++;
        }
        if (escalating) {
            level++;
        }
        return Severity.values()[Math.min(level, Severity.CRITICAL.ordinal())];
    }
}
