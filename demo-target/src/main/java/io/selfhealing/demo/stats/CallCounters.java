package io.selfhealing.demo.stats;

/** What {@code GET /api/status} shows about the worker's upstream calls. */
public record CallCounters(long calls, long ok, long rateLimited, long errors, int rateLimitedLast10s) {
}
