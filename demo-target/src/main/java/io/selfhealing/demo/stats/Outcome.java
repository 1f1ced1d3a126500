package io.selfhealing.demo.stats;

/** How one upstream call of the worker ended; the tag value of {@code demo_upstream_calls_total}. */
public enum Outcome {
    OK("ok"), RATE_LIMITED("rate_limited"), ERROR("error");

    private final String tag;

    Outcome(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
