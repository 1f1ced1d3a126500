package io.selfhealing.coordinator.domain;

import io.selfhealing.events.HealthStatus;
import java.util.Locale;

/**
 * Judges a fix at the end of its validation window on the rate of the incident's own lines, as an
 * SRE reads a graph, with exact one-sided tests at significance {@code alpha}:
 * <ul>
 * <li><b>back to baseline</b>: the after count is not significantly above what the target's
 * pre-incident rate explains (Poisson upper tail P(X ≥ after | baseline rate × after exposure) ≥ alpha;
 * the baseline rate is at least {@code floorPerMinute});</li>
 * <li><b>clearly below</b>: the after rate is significantly below {@code successRatio} × the rate during
 * the incident (conditional binomial test of two Poisson rates, p &lt; alpha), judged only when at
 * least {@code minLines} lines were seen during the incident;</li>
 * <li><b>lower</b>: the after rate is significantly below the rate during the incident (same test with ratio 1).</li>
 * </ul>
 * SUCCESS = (back to baseline OR clearly below) AND health not CRITICAL at the end AND the issue type's
 * health signal (if any, see {@link HealthCriterion}) is not degraded; PARTIAL = not SUCCESS, health not
 * CRITICAL, but lower or a success held back by the health signal (the fix helped; it is kept and a human
 * is told); otherwise FAILURE (rolled back).
 */
public final class ValidationJudge {

    public enum Outcome { SUCCESS, PARTIAL, FAILURE }

    private final double alpha;
    private final double successRatio;
    private final long minLines;
    private final double floorPerMinute;

    public ValidationJudge(double alpha, double successRatio, long minLines, double floorPerMinute) {
        this.alpha = alpha;
        this.successRatio = successRatio;
        this.minLines = minLines;
        this.floorPerMinute = floorPerMinute;
    }

    public Verdict judge(Observation o, HealthStatus healthNow) {
        return judge(o, healthNow, HealthCriterion.Finding.NOT_APPLICABLE);
    }

    /** The verdict with the issue type's health signal judged on the same periods ({@code signal}). */
    public Verdict judge(Observation o, HealthStatus healthNow, HealthCriterion.Finding signal) {
        RateTests t = rateTests(o);
        boolean critical = healthNow == HealthStatus.CRITICAL;
        boolean backToBaseline = t.pBaseline() >= alpha;
        boolean ratesOk = backToBaseline || t.pClearly() < alpha;
        Outcome outcome = critical ? Outcome.FAILURE
                : ratesOk && !signal.degraded() ? Outcome.SUCCESS
                : ratesOk || t.pLower() < alpha ? Outcome.PARTIAL : Outcome.FAILURE;
        String numbers = describe(o, t, healthNow)
                + (signal.description().isEmpty() ? "" : "; " + signal.description());
        return new Verdict(outcome, headline(outcome, critical, backToBaseline, ratesOk) + ": " + numbers);
    }

    private RateTests rateTests(Observation o) {
        double baselineRate = Math.max(floorPerMinute, o.baselineRate());
        double pBaseline = RateTest.poissonUpperTail(o.afterLines(), baselineRate * o.afterMinutes());
        boolean testable = o.duringLines() >= minLines && o.duringMinutes() > 0 && o.afterMinutes() > 0;
        double pClearly = testable ? RateTest.belowShareP(o.afterLines(), o.afterMinutes(), o.duringLines(),
                o.duringMinutes(), successRatio) : 1.0;
        double pLower = testable ? RateTest.belowShareP(o.afterLines(), o.afterMinutes(), o.duringLines(),
                o.duringMinutes(), 1.0) : 1.0;
        return new RateTests(baselineRate, pBaseline, testable, pClearly, pLower);
    }

    private String describe(Observation o, RateTests t, HealthStatus healthNow) {
        return String.format(Locale.ROOT, "after %d lines in %.2f min (%.2f/min); during %d lines in "
                + "%.2f min (%.2f/min); baseline %d lines in %.1f min (%.2f/min, used %.2f/min); "
                + "P(>=%d | baseline)=%.3g, P(after >= %.0f%% of during)=%s, P(after >= during)=%s; alpha %.2f; "
                + "health %s", o.afterLines(), o.afterMinutes(), o.afterRate(), o.duringLines(), o.duringMinutes(),
                o.duringRate(), o.baselineLines(), o.baselineMinutes(), o.baselineRate(), t.baselineRate(),
                o.afterLines(), t.pBaseline(), successRatio * 100, p(t.testable(), t.pClearly()),
                p(t.testable(), t.pLower()), alpha, healthNow == null ? "unknown" : healthNow);
    }

    private static String headline(Outcome outcome, boolean critical, boolean backToBaseline, boolean ratesOk) {
        return switch (outcome) {
            case SUCCESS -> backToBaseline ? "errors back to the target's baseline"
                    : "errors clearly below their rate during the incident";
            case PARTIAL -> ratesOk ? "errors down but the issue's health signal is not restored"
                    : "the fix lowered the errors but not to baseline or clearly below";
            case FAILURE -> critical ? "target still CRITICAL" : "errors not significantly lower after the fix";
        };
    }

    private static String p(boolean testable, double p) {
        return testable ? String.format(Locale.ROOT, "%.3g", p) : "n/a (too few lines during)";
    }

    /** The rate tests' inputs and p-values: the baseline rate used, P(after | baseline), clearly below, lower. */
    private record RateTests(double baselineRate, double pBaseline, boolean testable, double pClearly,
            double pLower) {
    }

    public record Verdict(Outcome outcome, String reason) {

        public boolean success() {
            return outcome == Outcome.SUCCESS;
        }
    }
}
