package io.selfhealing.learning.domain;

/** Outcomes of one (issue type, fix type). */
public record TypeStats(String issueType, String fixType, long total, long successes) {

    public double successRate() {
        return total == 0 ? 0.0 : (double) successes / total;
    }
}
