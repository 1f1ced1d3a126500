package io.selfhealing.coordinator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tails against values computed by hand (and by R: ppois, pbinom). */
class RateTestTest {

    @Test
    void poissonUpperTailMatchesTheClosedForm() {
        assertEquals(1.0, RateTest.poissonUpperTail(0, 3.0), 1e-12);
        assertEquals(1 - Math.exp(-1), RateTest.poissonUpperTail(1, 1.0), 1e-12);
        assertEquals(1 - Math.exp(-2) * (1 + 2 + 2), RateTest.poissonUpperTail(3, 2.0), 1e-12);
        assertEquals(0.0, RateTest.poissonUpperTail(1, 0.0), 1e-12);
        assertTrue(RateTest.poissonUpperTail(2000, 1000.0) < 1e-12, "far in the tail, no overflow");
    }

    @Test
    void binomialLowerTailMatchesTheClosedForm() {
        assertEquals(Math.pow(0.5, 4) * (1 + 4), RateTest.binomialLowerTail(1, 4, 0.5), 1e-12);
        assertEquals(1.0, RateTest.binomialLowerTail(4, 4, 0.3), 1e-12);
        assertEquals(Math.pow(0.9, 10), RateTest.binomialLowerTail(0, 10, 0.1), 1e-12);
        assertTrue(RateTest.binomialLowerTail(4, 304, 2.0 / 3) < 1e-100, "300/min → 2/min is far below");
    }
}
