package io.selfhealing.coordinator.domain;

import io.selfhealing.events.HealthStatus;

/**
 * Judges a fix at the end of its validation window: it failed when errors of the incident's
 * categories continued after apply + grace (more than {@code maxErrorLines}), or when the target
 * is CRITICAL at the end. Compares the error rate before and after for the record.
 */
public final class ValidationJudge {

    private final long maxErrorLines;

    public ValidationJudge(long maxErrorLines) {
        this.maxErrorLines = maxErrorLines;
    }

    public Verdict judge(double ratePerMinuteBefore, long linesAfter, double minutesWatched, HealthStatus healthNow) {
        double rateAfter = minutesWatched <= 0 ? linesAfter : linesAfter / minutesWatched;
        String rates = String.format("errors %.1f/min before, %.1f/min after (%d lines)", ratePerMinuteBefore,
                rateAfter, linesAfter);
        String health = "health " + (healthNow == null ? "unknown" : healthNow);
        if (linesAfter > maxErrorLines) {
            return new Verdict(false, "errors continued after the fix: " + rates + "; " + health);
        }
        if (healthNow == HealthStatus.CRITICAL) {
            return new Verdict(false, "target still CRITICAL: " + rates);
        }
        return new Verdict(true, rates + "; " + health);
    }

    public record Verdict(boolean success, String reason) {
    }
}
