package io.selfhealing.detector.domain;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Sliding window of one (target, template): per-bucket counts over the window, first and last
 * seen, lines since the previous report, the rate baseline and the latest raw samples.
 */
public final class TemplateWindow {

    public static final int BUCKETS = 60;
    public static final int SAMPLES = 3;
    public static final int SAMPLE_CHARS = 500;

    private final long bucketMillis;
    private final long[] counts = new long[BUCKETS];
    private final long[] bucketIds = new long[BUCKETS];
    private final ArrayDeque<String> samples = new ArrayDeque<>(SAMPLES);
    private long firstSeen;
    private long lastSeen;
    private long newLines;
    private long firstHappened = Long.MAX_VALUE;
    private long lastHappened = Long.MIN_VALUE;
    private long lastReport = -1;
    private double baselinePerMinute;

    public TemplateWindow(long windowMillis) {
        this.bucketMillis = Math.max(1, windowMillis / BUCKETS);
        java.util.Arrays.fill(bucketIds, -1);
    }

    /** A line handled at {@code now} that happened (was collected) at {@code happenedAt}. */
    public void add(long now, long happenedAt, String rawLine) {
        if (lastSeen == 0) {
            firstSeen = now;
        }
        lastSeen = now;
        firstHappened = Math.min(firstHappened, happenedAt);
        lastHappened = Math.max(lastHappened, happenedAt);
        newLines++;
        long id = now / bucketMillis;
        int slot = (int) (id % BUCKETS);
        if (bucketIds[slot] != id) {
            bucketIds[slot] = id;
            counts[slot] = 0;
        }
        counts[slot]++;
        if (samples.size() == SAMPLES) {
            samples.removeFirst();
        }
        samples.addLast(truncate(rawLine));
    }

    /** Takes over the lines of another window (its template was merged into this one's). */
    public void absorb(TemplateWindow other) {
        for (int i = 0; i < BUCKETS; i++) {
            if (other.bucketIds[i] >= 0 && other.bucketIds[i] == bucketIds[i]) {
                counts[i] += other.counts[i];
            } else if (other.bucketIds[i] > bucketIds[i]) {
                bucketIds[i] = other.bucketIds[i];
                counts[i] = other.counts[i];
            }
        }
        if (other.lastSeen != 0) {
            firstSeen = lastSeen == 0 ? other.firstSeen : Math.min(firstSeen, other.firstSeen);
            lastSeen = Math.max(lastSeen, other.lastSeen);
        }
        firstHappened = Math.min(firstHappened, other.firstHappened);
        lastHappened = Math.max(lastHappened, other.lastHappened);
        newLines += other.newLines;
        for (String sample : other.samples) {
            if (samples.size() == SAMPLES) {
                samples.removeFirst();
            }
            samples.addLast(sample);
        }
    }

    /** Lines within the window that ends at {@code now}. */
    public long windowCount(long now) {
        long newest = now / bucketMillis;
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (bucketIds[i] > newest - BUCKETS && bucketIds[i] <= newest) {
                total += counts[i];
            }
        }
        return total;
    }

    /** Lines per minute in the window, over the time the template has been seen (at least {@code floorMillis}). */
    public double ratePerMinute(long now, long floorMillis) {
        long span = Math.min(bucketMillis * BUCKETS, Math.max(now - firstSeen, floorMillis));
        return windowCount(now) * 60_000.0 / Math.max(1, span);
    }

    /** Lines per minute since the previous report. */
    public double recentRatePerMinute(long now) {
        return newLines * 60_000.0 / Math.max(1, now - lastReport);
    }

    public void markReported(long now, double ratePerMinute) {
        baselinePerMinute = lastReport < 0 ? ratePerMinute : 0.7 * baselinePerMinute + 0.3 * ratePerMinute;
        lastReport = now;
        newLines = 0;
    }

    public boolean reported() {
        return lastReport >= 0;
    }

    public long lastReport() {
        return lastReport;
    }

    /** When the earliest and the latest line of this window happened (collected), for reports. */
    public long firstHappened() {
        return firstHappened;
    }

    public long lastHappened() {
        return lastHappened;
    }

    public long newLines() {
        return newLines;
    }

    public double baselinePerMinute() {
        return baselinePerMinute;
    }

    public long lastSeen() {
        return lastSeen;
    }

    public List<String> samples() {
        return List.copyOf(samples);
    }

    private static String truncate(String line) {
        return line.length() <= SAMPLE_CHARS ? line : line.substring(0, SAMPLE_CHARS);
    }
}
