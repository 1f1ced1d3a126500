package io.selfhealing.rootcause.service;

import io.selfhealing.rootcause.domain.Signal;
import java.time.Duration;
import java.util.List;

/**
 * Confidence of a diagnosis, 0-100, from the strength of its evidence. It starts from doubt and
 * lets every piece of evidence remove a share of what is left:
 * <pre>
 * doubt(n)   = 100 if n = 0, else 45 * 0.8^(n-1)          n = error lines that point at the cause
 * doubt      = doubt(n) * PRODUCT over signals (1 - weight * strength)
 * recency    = 1 while the newest evidence is younger than half the window, then linearly down to
 *              0.5 at the window's end (older evidence is not considered at all)
 * confidence = min(97, round(recency * (100 - doubt)))
 * </pre>
 * The first line takes 55 % of the doubt, each further line a fifth of what remains; each
 * independent signal (a dependency's probe, a metric, a recent commit) takes {@code weight *
 * strength} of what remains. Monotone: more lines, another signal, a stronger signal or more recent
 * evidence never lower the confidence. With lines only and fresh evidence this is the rate-limiting
 * formula of docs/pipeline.md: n=1 → 55, 3 → 71, 6 → 85, 8 → 91.
 */
public final class EvidenceConfidence {

    public static final int CAP = 97;
    private static final double INITIAL_DOUBT = 45.0;
    private static final double DOUBT_KEPT_PER_LINE = 0.8;
    private static final double OLDEST_RECENCY = 0.5;

    private EvidenceConfidence() {
    }

    /** Lines only, fresh evidence. */
    public static int fromLines(long lines) {
        return of(lines, List.of(), 1.0);
    }

    public static int of(long lines, List<Signal> signals, double recency) {
        double doubt = lineDoubt(lines);
        for (Signal s : signals) {
            doubt *= s.doubtKept();
        }
        double r = Math.max(0, Math.min(1, recency));
        return (int) Math.min(CAP, Math.round(r * (100 - doubt)));
    }

    static double lineDoubt(long lines) {
        return lines < 1 ? 100.0 : INITIAL_DOUBT * Math.pow(DOUBT_KEPT_PER_LINE, lines - 1);
    }

    /** 1 for evidence younger than half the window, then down to 0.5 at the end of the window. */
    public static double recency(Duration age, Duration window) {
        if (age == null || window.isZero() || age.compareTo(window.dividedBy(2)) <= 0) {
            return 1.0;
        }
        double past = (double) (age.toMillis() - window.toMillis() / 2) / window.toMillis();
        return Math.max(OLDEST_RECENCY, 1.0 - past);
    }
}
