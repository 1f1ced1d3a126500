package io.selfhealing.monitor.service.logs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * How far the logs of one pod container were delivered: the container instance (its restart
 * count), the timestamp of the last acknowledged line and how many lines carried exactly that
 * timestamp, and how many bytes the log holds from the start of that second through that line
 * (the kubelet honours {@code sinceTime} in whole seconds, so a read starts there again and must
 * reach past them). {@code last == null}: nothing of this container instance was delivered yet.
 */
record PodLogCursor(int restarts, Instant last, int atLast, long bytesInSecond) {

    static PodLogCursor fresh(int restarts) {
        return new PodLogCursor(restarts, null, 0, 0);
    }

    /** Gives up the rest of a second that alone holds more than {@code maxBytes}: reads go on after it. */
    PodLogCursor skipSecondOver(long maxBytes) {
        if (last == null || bytesInSecond <= maxBytes) {
            return this;
        }
        return new PodLogCursor(restarts, last.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1), 0, 0);
    }

    boolean isFresh() {
        return last == null;
    }

    /** Whether a line at {@code timestamp}, the {@code nth} (from 1) of the body at it, is new. */
    boolean isNew(Instant timestamp, int nth) {
        if (last == null) {
            return true;
        }
        int order = timestamp.compareTo(last);
        return order > 0 || order == 0 && nth > atLast;
    }

    List<String> toLines() {
        return List.of(String.valueOf(restarts), last == null ? "-" : last.toString(), String.valueOf(atLast),
                String.valueOf(bytesInSecond));
    }

    static Optional<PodLogCursor> fromLines(List<String> lines) {
        try {
            Instant last = "-".equals(lines.get(1).trim()) ? null : Instant.parse(lines.get(1).trim());
            return Optional.of(new PodLogCursor(Integer.parseInt(lines.get(0).trim()), last,
                    Integer.parseInt(lines.get(2).trim()), Long.parseLong(lines.get(3).trim())));
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable state: the container starts fresh
        }
    }
}
