package io.selfhealing.coordinator.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code lines} lines of one template seen within [{@code from}, {@code to}]: one error report
 * covers the lines since the template's previous report (or since it was first seen).
 */
public record LineInterval(String templateId, String category, String template, long lines, Instant from,
        Instant to) {

    /** The lines of this interval within [start, end), spread evenly over the interval. */
    public double linesWithin(Instant start, Instant end) {
        if (!end.isAfter(start) || lines <= 0) {
            return 0;
        }
        long span = Duration.between(from, to).toMillis();
        if (span <= 0) {
            return !to.isBefore(start) && to.isBefore(end) ? lines : 0;
        }
        long overlapFrom = Math.max(from.toEpochMilli(), start.toEpochMilli());
        long overlapTo = Math.min(to.toEpochMilli(), end.toEpochMilli());
        return overlapTo <= overlapFrom ? 0 : lines * (double) (overlapTo - overlapFrom) / span;
    }
}
