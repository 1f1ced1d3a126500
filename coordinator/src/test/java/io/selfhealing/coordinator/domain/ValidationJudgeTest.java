package io.selfhealing.coordinator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.coordinator.domain.ValidationJudge.Outcome;
import io.selfhealing.events.HealthStatus;
import org.junit.jupiter.api.Test;

/** Laws of the verdict, and the example (429s from 300/min down to 2/min). */
class ValidationJudgeTest {

    private final ValidationJudge judge = new ValidationJudge(0.05, 0.5, 5, 0.5);

    private Outcome outcome(long baseline, long during, long after, HealthStatus health) {
        return judge.judge(new Observation(baseline, 30, during, 1, after, 2), health).outcome();
    }

    @Test
    void aFixThatTakes429sFrom300To2PerMinuteSucceedsAndTheVerdictNamesItsNumbers() {
        var verdict = judge.judge(new Observation(0, 30, 300, 1, 4, 2), HealthStatus.HEALTHY);
        assertEquals(Outcome.SUCCESS, verdict.outcome(), verdict.reason());
        assertTrue(verdict.reason().contains("after 4 lines in 2.00 min (2.00/min)"), verdict.reason());
        assertTrue(verdict.reason().contains("during 300 lines in 1.00 min (300.00/min)"), verdict.reason());
    }

    @Test
    void errorsThatGoOnAtTheSameRateFail() {
        assertEquals(Outcome.FAILURE, outcome(0, 300, 600, HealthStatus.HEALTHY));
        assertEquals(Outcome.FAILURE, outcome(0, 300, 700, HealthStatus.HEALTHY));
    }

    @Test
    void errorsCutByAThirdArePartialTheFixIsKept() {
        assertEquals(Outcome.PARTIAL, outcome(0, 300, 400, HealthStatus.HEALTHY));
    }

    @Test
    void sporadicBackgroundLinesAfterTheFixAreTheBaselineNotAFailure() {
        assertEquals(Outcome.SUCCESS, outcome(60, 300, 5, HealthStatus.HEALTHY));
        assertEquals(Outcome.SUCCESS, outcome(0, 3, 1, HealthStatus.HEALTHY), "one line: at the floor");
    }

    @Test
    void tooFewLinesDuringTheIncidentCannotProveABetterRateOnlyTheBaselineCan() {
        assertEquals(Outcome.FAILURE, outcome(0, 4, 4, HealthStatus.HEALTHY));
    }

    @Test
    void noLinesAfterAndHealthNotCriticalIsAlwaysSuccess() {
        for (long during : new long[] {0, 1, 10, 10_000}) {
            for (HealthStatus h : new HealthStatus[] {HealthStatus.HEALTHY, HealthStatus.WARNING, null}) {
                assertEquals(Outcome.SUCCESS, outcome(0, during, 0, h), during + " " + h);
            }
        }
    }

    @Test
    void aCriticalTargetAtTheEndIsNeverASuccess() {
        for (long after = 0; after < 50; after++) {
            assertEquals(Outcome.FAILURE, outcome(0, 300, after, HealthStatus.CRITICAL));
        }
    }

    /** More lines after never turns a failure into anything better (and a partial never into a success). */
    @Test
    void moreErrorsAfterNeverImproveTheVerdict() {
        for (long baseline : new long[] {0, 15, 300}) {
            for (long during : new long[] {0, 3, 5, 20, 300, 5000}) {
                Outcome previous = Outcome.SUCCESS;
                for (long after = 0; after <= 2 * during + 40; after += Math.max(1, during / 50)) {
                    Outcome now = outcome(baseline, during, after, HealthStatus.HEALTHY);
                    assertTrue(now.ordinal() >= previous.ordinal(),
                            baseline + "/" + during + "/" + after + ": " + previous + " -> " + now);
                    previous = now;
                }
            }
        }
    }

    /** More lines during the incident (or a higher baseline) never make a verdict worse. */
    @Test
    void moreErrorsDuringOrAHigherBaselineNeverWorsenTheVerdict() {
        for (long after : new long[] {0, 2, 10, 100}) {
            Outcome previous = Outcome.FAILURE;
            for (long during = 0; during <= 1000; during += 7) {
                Outcome now = outcome(0, during, after, HealthStatus.HEALTHY);
                assertTrue(now.ordinal() <= previous.ordinal(), after + "/" + during + ": " + previous + " -> " + now);
                previous = now;
            }
            previous = Outcome.FAILURE;
            for (long baseline = 0; baseline <= 3000; baseline += 25) {
                Outcome now = outcome(baseline, 10, after, HealthStatus.HEALTHY);
                assertTrue(now.ordinal() <= previous.ordinal(), after + "/b" + baseline + ": " + previous + " -> " + now);
                previous = now;
            }
        }
    }
}
