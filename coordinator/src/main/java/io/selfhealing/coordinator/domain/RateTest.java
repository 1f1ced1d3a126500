package io.selfhealing.coordinator.domain;

/**
 * Exact one-sided tests on event counts, computed in log space so large counts neither overflow
 * nor underflow: the Poisson upper tail (is a count above what a known rate explains?) and the
 * binomial lower tail used by the conditional test of two Poisson rates (is the rate after a fix
 * below a share of the rate before it? Given n = after + during lines, the after count is
 * Binomial(n, p0) under the null hypothesis, p0 = ρ·t_after / (ρ·t_after + t_during)).
 */
public final class RateTest {

    private RateTest() {
    }

    /** P(X ≥ k) for X ~ Poisson(mean). */
    public static double poissonUpperTail(long k, double mean) {
        if (k <= 0) {
            return 1.0;
        }
        if (mean <= 0) {
            return 0.0;
        }
        double logMean = Math.log(mean);
        double logTerm = -mean;
        double logLower = logTerm;
        for (long i = 1; i < k; i++) {
            logTerm += logMean - Math.log(i);
            logLower = logSum(logLower, logTerm);
        }
        return clamp(1.0 - Math.exp(logLower));
    }

    /** P(X ≤ k) for X ~ Binomial(n, p). */
    public static double binomialLowerTail(long k, long n, double p) {
        if (k >= n || p <= 0) {
            return 1.0;
        }
        if (k < 0) {
            return 0.0;
        }
        if (p >= 1) {
            return 0.0;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double logTerm = n * logQ;
        double logSum = logTerm;
        for (long i = 1; i <= k; i++) {
            logTerm += Math.log(n - i + 1) - Math.log(i) + logP - logQ;
            logSum = logSum(logSum, logTerm);
        }
        return clamp(Math.exp(logSum));
    }

    /**
     * One-sided p-value of "the after rate is at least {@code ratio} × the during rate", given
     * {@code after} lines in {@code afterMinutes} and {@code during} lines in {@code duringMinutes}.
     * Small means the after rate is significantly below that share.
     */
    public static double belowShareP(long after, double afterMinutes, long during, double duringMinutes,
            double ratio) {
        double weightAfter = ratio * afterMinutes;
        double p0 = weightAfter / (weightAfter + duringMinutes);
        return binomialLowerTail(after, after + during, p0);
    }

    private static double logSum(double a, double b) {
        double max = Math.max(a, b);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
    }

    private static double clamp(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }
}
