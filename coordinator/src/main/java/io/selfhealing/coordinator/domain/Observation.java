package io.selfhealing.coordinator.domain;

/**
 * The lines of an incident (its templates and categories) counted over three periods, each with its
 * exposure in minutes: before the incident (the target's baseline), during it (until the fix was
 * applied) and after the fix (apply + grace until the end of the validation window).
 */
public record Observation(long baselineLines, double baselineMinutes, long duringLines, double duringMinutes,
        long afterLines, double afterMinutes) {

    public double baselineRate() {
        return rate(baselineLines, baselineMinutes);
    }

    public double duringRate() {
        return rate(duringLines, duringMinutes);
    }

    public double afterRate() {
        return rate(afterLines, afterMinutes);
    }

    private static double rate(long lines, double minutes) {
        return minutes <= 0 ? 0.0 : lines / minutes;
    }
}
