package io.selfhealing.coordinator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.coordinator.domain.HealthCriterion.Finding;
import io.selfhealing.coordinator.domain.ValidationJudge.Outcome;
import io.selfhealing.events.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Laws of the per-issue-type health signal: it holds a success back only on evidence, never rolls back. */
class HealthCriterionTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final HealthCriterion criterion = new HealthCriterion(0.05, Duration.ofSeconds(1), 90);

    private static List<HealthSample> latencies(long... ms) {
        return LongStream.of(ms).mapToObj(l -> new HealthSample(T0, l, null)).toList();
    }

    private static List<HealthSample> pool(double... percent) {
        List<HealthSample> samples = new ArrayList<>();
        for (double p : percent) {
            samples.add(new HealthSample(T0, null, p));
        }
        return samples;
    }

    @Test
    void aTargetMateriallySlowerInEveryReadingAfterTheFixIsDegradedAndTheNumbersAreNamed() {
        Finding f = criterion.judge(HealthSignal.LATENCY, latencies(40, 50, 60, 45, 55),
                latencies(2600, 2500, 2700, 2650, 2550, 2600));
        assertTrue(f.degraded(), f.description());
        assertTrue(f.description().contains("median 2600 ms after (6 readings) vs 50 ms before the incident"),
                f.description());
        assertTrue(f.description().contains("6 of 6 after above 1050 ms"), f.description());
    }

    @Test
    void slowerByLessThanTheToleranceIsNotDegraded() {
        Finding f = criterion.judge(HealthSignal.LATENCY, latencies(40, 50, 60), latencies(900, 950, 1000, 980, 990));
        assertFalse(f.degraded(), f.description());
    }

    @Test
    void aFewSlowReadingsAmongNormalOnesAreNotEvidence() {
        Finding f = criterion.judge(HealthSignal.LATENCY, latencies(40, 50, 60),
                latencies(3000, 50, 45, 2500, 60, 55, 52, 48));
        assertFalse(f.degraded(), f.description());
    }

    @Test
    void fourReadingsCannotProveSlowerAtFivePercentFiveCan() {
        assertFalse(criterion.judge(HealthSignal.LATENCY, latencies(50, 50, 50), latencies(3000, 3000, 3000, 3000))
                .degraded());
        assertTrue(criterion.judge(HealthSignal.LATENCY, latencies(50, 50, 50),
                latencies(3000, 3000, 3000, 3000, 3000)).degraded());
    }

    @Test
    void tooFewReadingsOrNoneReportedAreNotJudgedAndSaySo() {
        Finding f = criterion.judge(HealthSignal.LATENCY, latencies(50, 60), latencies(5000, 5000, 5000, 5000, 5000));
        assertFalse(f.degraded());
        assertTrue(f.description().startsWith("latency not judged: 2 readings before the incident"), f.description());
        Finding none = criterion.judge(HealthSignal.POOL_USAGE, latencies(50, 60, 70), latencies(50, 60, 70));
        assertFalse(none.degraded());
        assertTrue(none.description().startsWith("pool usage not judged: 0 after the fix"), none.description());
    }

    @Test
    void aPoolStillSaturatedForMostReadingsIsDegradedOneWithHeadroomIsNot() {
        assertTrue(criterion.judge(HealthSignal.POOL_USAGE, List.of(), pool(100, 95, 100, 60)).degraded());
        Finding ok = criterion.judge(HealthSignal.POOL_USAGE, List.of(), pool(67, 100, 60, 70, 73));
        assertFalse(ok.degraded(), ok.description());
        assertTrue(ok.description().contains("median 70 % over 5 readings"), ok.description());
    }

    @Test
    void noSignalForTheIssueTypeChangesNothing() {
        assertEquals(Finding.NOT_APPLICABLE, criterion.judge(null, latencies(1, 2, 3), latencies(9000, 9000, 9000)));
    }

    @Test
    void onlyReadingsOfTheBaselineAndAfterPeriodsCount() {
        var bounds = new IncidentPeriods.Bounds(T0, T0.plusSeconds(600), T0.plusSeconds(700), T0.plusSeconds(703),
                T0.plusSeconds(823));
        List<HealthSample> samples = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            samples.add(new HealthSample(T0.plusSeconds(100 + i), 50L, null));      // baseline
            samples.add(new HealthSample(T0.plusSeconds(650 + i), 9000L, null));    // during: ignored
            samples.add(new HealthSample(T0.plusSeconds(710 + i), 60L, null));      // after
            samples.add(new HealthSample(T0.plusSeconds(900 + i), 9000L, null));    // after the window: ignored
        }
        assertFalse(criterion.judge(HealthSignal.LATENCY, samples, bounds).degraded());
    }

    @Test
    void aDegradedSignalHoldsASuccessBackToPartialButNeverTurnsItIntoARollback() {
        var judge = new ValidationJudge(0.05, 0.5, 5, 0.5);
        var degraded = new Finding(true, "latency not restored: ...");
        var success = judge.judge(new Observation(0, 30, 300, 1, 0, 2), HealthStatus.HEALTHY, degraded);
        assertEquals(Outcome.PARTIAL, success.outcome(), success.reason());
        assertTrue(success.reason().endsWith("; latency not restored: ..."), success.reason());
        var failure = judge.judge(new Observation(0, 30, 300, 1, 600, 2), HealthStatus.HEALTHY, degraded);
        assertEquals(Outcome.FAILURE, failure.outcome());
        var fine = judge.judge(new Observation(0, 30, 300, 1, 0, 2), HealthStatus.HEALTHY,
                new Finding(false, "latency ok"));
        assertEquals(Outcome.SUCCESS, fine.outcome());
    }
}
