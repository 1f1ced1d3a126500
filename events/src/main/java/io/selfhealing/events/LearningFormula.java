package io.selfhealing.events;

/**
 * How learned success rates change a fix's confidence (the seeds' formula):
 * {@code adjusted = base + (successRate - 0.5) * 20}, clamped to [50, 100], applied only once at
 * least {@code minOutcomes} outcomes exist for that (issue type, fix type); before that the base
 * confidence stands.
 */
public final class LearningFormula {

    public static final int MIN = 50;
    public static final int MAX = 100;

    private LearningFormula() {
    }

    public static int adjust(int base, LearningUpdated stats, int minOutcomes) {
        if (stats == null || stats.total() < minOutcomes) {
            return base;
        }
        return adjust(base, stats.successRate());
    }

    public static int adjust(int base, double successRate) {
        double adjusted = base + (successRate - 0.5) * 20;
        return (int) Math.round(Math.max(MIN, Math.min(MAX, adjusted)));
    }
}
