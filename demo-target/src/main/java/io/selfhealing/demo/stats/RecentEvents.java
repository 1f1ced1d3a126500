package io.selfhealing.demo.stats;

import java.util.ArrayDeque;
import java.util.Deque;

/** Timestamps (monotonic nanoseconds) of recent events, kept for a bounded horizon. Thread-safe. */
public final class RecentEvents {

    private final long horizonNanos;
    private final Deque<Long> times = new ArrayDeque<>();

    public RecentEvents(long horizonNanos) {
        this.horizonNanos = horizonNanos;
    }

    public synchronized void record(long nowNanos) {
        times.addLast(nowNanos);
        prune(nowNanos);
    }

    /** Events within the last {@code windowNanos} (at most the horizon). */
    public synchronized int countWithin(long windowNanos, long nowNanos) {
        prune(nowNanos);
        int count = 0;
        for (var it = times.descendingIterator(); it.hasNext(); ) {
            if (nowNanos - it.next() >= windowNanos) {
                break;
            }
            count++;
        }
        return count;
    }

    private void prune(long nowNanos) {
        while (!times.isEmpty() && nowNanos - times.peekFirst() >= horizonNanos) {
            times.removeFirst();
        }
    }
}
