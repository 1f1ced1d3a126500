package io.selfhealing.coordinator.domain;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The per-issue-type health test of a fix, made on the target's health reports beside the rate of the
 * incident's lines. It can only hold a success back (to PARTIAL: the fix is kept, a human is told),
 * never roll a fix back: errors that fell are worth keeping even when the service is not well yet.
 * <ul>
 * <li>{@link HealthSignal#LATENCY} (api_timeout: a longer timeout trades errors for waiting): degraded
 * when the target is <em>materially and significantly</em> slower after the fix than before the
 * incident — one-sided sign test: k of the n readings after exceed the baseline's median latency by more
 * than {@code latencyTolerance}; under "no slower" each does so with probability at most 1/2, so
 * P(Binomial(n, 1/2) ≥ k) &lt; alpha means slower. Five readings all above are the fewest that can say
 * so at alpha 0.05.</li>
 * <li>{@link HealthSignal#POOL_USAGE} (db_pool_exhausted): degraded when the pool has no headroom yet —
 * the median usage of the readings after the fix is at or above {@code saturatedPercent} (the level at
 * which root-cause-analyst counts usage as pool evidence, so diagnosis and validation agree).</li>
 * </ul>
 * Each needs {@value #MIN_READINGS} readings in a period it summarises (a median of fewer is one
 * reading); with fewer, or when the target reports no such value, the signal is not judged and the
 * verdict says so.
 */
public final class HealthCriterion {

    static final int MIN_READINGS = 3;

    private final double alpha;
    private final Duration latencyTolerance;
    private final double saturatedPercent;

    public HealthCriterion(double alpha, Duration latencyTolerance, double saturatedPercent) {
        this.alpha = alpha;
        this.latencyTolerance = latencyTolerance;
        this.saturatedPercent = saturatedPercent;
    }

    /** Judges the readings of the baseline and after periods of {@code bounds} (others are ignored). */
    public Finding judge(HealthSignal signal, List<HealthSample> samples, IncidentPeriods.Bounds bounds) {
        return judge(signal, samples.stream().filter(s -> bounds.inBaseline(s.at())).toList(),
                samples.stream().filter(s -> bounds.inAfter(s.at())).toList());
    }

    /** Readings before the incident ({@code baseline}) and after the fix (after apply + grace). */
    public Finding judge(HealthSignal signal, List<HealthSample> baseline, List<HealthSample> after) {
        if (signal == null) {
            return Finding.NOT_APPLICABLE;
        }
        return switch (signal) {
            case LATENCY -> latency(values(baseline, s -> toDouble(s.latencyMs())),
                    values(after, s -> toDouble(s.latencyMs())));
            case POOL_USAGE -> pool(values(after, HealthSample::poolUsagePercent));
        };
    }

    private Finding latency(List<Double> baseline, List<Double> after) {
        if (baseline.size() < MIN_READINGS || after.size() < MIN_READINGS) {
            return notJudged("latency", baseline.size(), after.size());
        }
        double baselineMedian = median(baseline);
        double bound = baselineMedian + latencyTolerance.toMillis();
        long above = after.stream().filter(ms -> ms > bound).count();
        double p = 1.0 - RateTest.binomialLowerTail(above - 1, after.size(), 0.5);
        boolean slower = p < alpha;
        return new Finding(slower, String.format(Locale.ROOT, "latency %s: median %.0f ms after (%d readings) vs "
                + "%.0f ms before the incident (%d readings); %d of %d after above %.0f ms (baseline + %d ms), "
                + "P(>= %d | Binomial(%d, 1/2))=%.3g", slower ? "not restored" : "ok", median(after), after.size(),
                baselineMedian, baseline.size(), above, after.size(), bound, latencyTolerance.toMillis(), above,
                after.size(), p));
    }

    private Finding pool(List<Double> after) {
        if (after.size() < MIN_READINGS) {
            return notJudged("pool usage", -1, after.size());
        }
        double median = median(after);
        boolean saturated = median >= saturatedPercent;
        return new Finding(saturated, String.format(Locale.ROOT, "pool usage %s: median %.0f %% over %d readings "
                + "after the fix (saturated from %.0f %%)", saturated ? "still saturated" : "ok", median,
                after.size(), saturatedPercent));
    }

    private static Finding notJudged(String what, int baseline, int after) {
        return new Finding(false, what + " not judged: " + (baseline >= 0 ? baseline + " readings before the "
                + "incident, " : "") + after + " after the fix (needs " + MIN_READINGS + ")");
    }

    private static List<Double> values(List<HealthSample> samples, Function<HealthSample, Double> value) {
        return samples.stream().map(value).filter(Objects::nonNull).sorted().toList();
    }

    private static Double toDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Whether the signal holds a success back, and the numbers it used (empty when no signal applies). */
    public record Finding(boolean degraded, String description) {

        public static final Finding NOT_APPLICABLE = new Finding(false, "");
    }
}
