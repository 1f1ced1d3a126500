package io.selfhealing.rootcause.service;

/**
 * Confidence from the number of independent error lines that agree on one cause: each further line
 * removes a fifth of the remaining doubt, {@code round(100 - 45 * 0.8^(n-1))}, capped at
 * {@link #CAP}. Monotone in n: more evidence never lowers confidence. n=1 → 55, 3 → 71, 6 → 85,
 * 8 → 90.
 */
public final class EvidenceConfidence {

    public static final int CAP = 97;
    private static final double INITIAL_DOUBT = 45.0;
    private static final double DOUBT_KEPT_PER_LINE = 0.8;

    private EvidenceConfidence() {
    }

    public static int fromLines(long lines) {
        if (lines < 1) {
            return 0;
        }
        double doubt = INITIAL_DOUBT * Math.pow(DOUBT_KEPT_PER_LINE, lines - 1);
        return (int) Math.min(CAP, Math.round(100 - doubt));
    }
}
