package io.selfhealing.detector.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A stream whose variables keep changing: every line has a fresh timestamp, request id, IP, port,
 * duration and size, one in three a user name from a pool of 5,000, and new templates keep
 * appearing (one more every {@value #NEW_TEMPLATE_EVERY} lines, each a new combination of words;
 * older ones stay in use, the recent ones more). Headers in four common layouts (ISO with level
 * and thread, syslog, Apache bracketed, epoch with PID), one per stream.
 */
final class GeneratedStream {

    static final int NEW_TEMPLATE_EVERY = 1_000;
    private static final String[] NOUNS = {"order", "payment", "session", "cache", "queue", "invoice", "upload",
        "report", "token", "shard", "replica", "index", "batch", "job", "socket", "lease"};
    private static final String[] VERBS = {"created", "rejected", "expired", "retried", "flushed", "stalled",
        "evicted", "committed", "rolled back", "throttled", "resumed", "timed out"};
    private static final String[] TAILS = {"for user %s from %s", "after %s (size %s)", "on %s with id %s",
        "by %s: upstream %s refused", "id=%s took %s"};
    private static final String[] LEVELS = {"INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"};

    private GeneratedStream() {
    }

    /** {@code lines} raw lines of one layout ({@code layout} 0..3). */
    static List<String> lines(int lines, int layout, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            int templates = 1 + i / NEW_TEMPLATE_EVERY;
            int t = r.nextInt(3) == 0 ? templates - 1 - r.nextInt(Math.min(templates, 8)) : r.nextInt(templates);
            out.add(header(layout, i, r) + message(t, r));
        }
        return out;
    }

    private static String message(int t, Random r) {
        String noun = NOUNS[t % NOUNS.length];
        String verb = VERBS[(t / NOUNS.length) % VERBS.length];
        String extra = t < NOUNS.length * VERBS.length ? "" : " stage " + NOUNS[(t / 7) % NOUNS.length] + "-"
                + VERBS[(t / 11) % VERBS.length].replace(' ', '_');
        String tail = TAILS[(t / 3) % TAILS.length];
        String a = switch (tail.indexOf("%s")) {
            case 9 -> "u" + r.nextInt(5_000);
            default -> r.nextInt(4) == 0 ? ip(r) + ":" + (1024 + r.nextInt(60_000)) : r.nextInt(900) + "ms";
        };
        String b = r.nextBoolean() ? ip(r) : Long.toHexString(r.nextLong());
        return noun + " " + Long.toHexString(r.nextLong() >>> 16) + " " + verb + extra + " " + String.format(Locale.ROOT,
                tail, a, b);
    }

    private static String ip(Random r) {
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
    }

    private static String header(int layout, int i, Random r) {
        int sec = i / 1000;
        String level = LEVELS[r.nextInt(LEVELS.length)];
        return switch (layout) {
            case 0 -> String.format(Locale.ROOT, "2026-01-05T%02d:%02d:%02d.%03dZ %-5s [worker-%d] c.e.app.Service%d - ",
                    sec / 3600 % 24, sec / 60 % 60, sec % 60, i % 1000, level, r.nextInt(16), r.nextInt(4));
            case 1 -> String.format(Locale.ROOT, "Jan  5 %02d:%02d:%02d host-%d app[%d]: ", sec / 3600 % 24,
                    sec / 60 % 60, sec % 60, r.nextInt(8), 1000 + r.nextInt(30_000));
            case 2 -> String.format(Locale.ROOT, "[Mon Jan 05 %02d:%02d:%02d 2026] [%s] ", sec / 3600 % 24,
                    sec / 60 % 60, sec % 60, level.toLowerCase(Locale.ROOT));
            default -> String.format(Locale.ROOT, "%d %d %s ", 1_767_600_000L + sec, 100 + r.nextInt(900), level);
        };
    }
}
