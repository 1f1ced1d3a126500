package io.selfhealing.coordinator.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Counts an incident's lines over its three periods: <b>during</b> = from its first line (at most
 * {@code lookback} before the incident opened: the window whose lines made the diagnosis) until the
 * fix was applied; <b>baseline</b> = the {@code baselineWindow} before that; <b>after</b> = apply +
 * grace until the end of the validation window. Lines between apply and apply + grace count nowhere.
 */
public record IncidentPeriods(Duration lookback, Duration baselineWindow, Duration grace) {

    /** The lines counted over the periods {@link #bounds} placed for them. */
    public Observation observe(List<LineInterval> lines, Bounds b) {
        return new Observation(
                count(lines, b.baselineStart(), b.duringStart()), minutes(b.baselineStart(), b.duringStart()),
                count(lines, b.duringStart(), b.appliedAt()), minutes(b.duringStart(), b.appliedAt()),
                count(lines, b.afterStart(), b.end()), minutes(b.afterStart(), b.end()));
    }

    /** Where the three periods start and end for these lines. */
    public Bounds bounds(List<LineInterval> lines, Instant openedAt, Instant appliedAt, Instant judgedUntil) {
        Instant earliest = openedAt.minus(lookback);
        Instant duringStart = lines.stream().filter(l -> l.to().isAfter(earliest)).map(LineInterval::from)
                .map(from -> from.isBefore(earliest) ? earliest : from)
                .min(Instant::compareTo).orElse(earliest);
        if (duringStart.isAfter(appliedAt)) {
            duringStart = appliedAt;
        }
        return new Bounds(duringStart.minus(baselineWindow), duringStart, appliedAt, appliedAt.plus(grace),
                judgedUntil);
    }

    private static long count(List<LineInterval> lines, Instant start, Instant end) {
        return Math.round(lines.stream().mapToDouble(l -> l.linesWithin(start, end)).sum());
    }

    private static double minutes(Instant start, Instant end) {
        return Math.max(0, Duration.between(start, end).toMillis()) / 60_000.0;
    }

    /** baseline = [baselineStart, duringStart), during = [duringStart, appliedAt), after = [afterStart, end). */
    public record Bounds(Instant baselineStart, Instant duringStart, Instant appliedAt, Instant afterStart,
            Instant end) {

        public boolean inBaseline(Instant at) {
            return !at.isBefore(baselineStart) && at.isBefore(duringStart);
        }

        public boolean inAfter(Instant at) {
            return !at.isBefore(afterStart) && at.isBefore(end);
        }
    }
}
