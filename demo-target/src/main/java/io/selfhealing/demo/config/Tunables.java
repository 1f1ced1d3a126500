package io.selfhealing.demo.config;

/** The values the platform may change at run time through the tunables file. */
public record Tunables(long upstreamDelayMs, int batchSize, long requestTimeoutMs) {

    public static final String DELAY_KEY = "upstream.delay.ms";
    public static final String BATCH_KEY = "batch.size";
    public static final String TIMEOUT_KEY = "request.timeout.ms";

    public static final Tunables DEFAULTS = new Tunables(800, 10, 2000);

    /** The form used in log lines: {@code upstream.delay.ms=1200 batch.size=10 request.timeout.ms=2000}. */
    public String describe() {
        return DELAY_KEY + "=" + upstreamDelayMs + " " + BATCH_KEY + "=" + batchSize + " "
                + TIMEOUT_KEY + "=" + requestTimeoutMs;
    }
}
