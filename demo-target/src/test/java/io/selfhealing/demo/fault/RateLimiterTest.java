package io.selfhealing.demo.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long MS = 1_000_000L;

    private final RateLimiter limiter = new RateLimiter();

    @Test
    void acceptsEverythingWithoutAFault() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.admit(i * MS).accepted());
        }
    }

    @Test
    void alternatesWithAnEightHundredMsDelayAtOneCallPerSecond() {
        limiter.enable(new RateLimitFault(1.0, null));
        StringBuilder outcomes = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            outcomes.append(limiter.admit(i * 810 * MS).accepted() ? "A" : "R");
        }
        assertEquals("ARARAR", outcomes.toString());
    }

    @Test
    void rejectsNothingWithATwelveHundredMsDelay() {
        limiter.enable(new RateLimitFault(1.0, null));
        for (int i = 0; i < 6; i++) {
            assertTrue(limiter.admit(i * 1200 * MS).accepted());
        }
        assertEquals(0, limiter.state().rejected());
    }

    @Test
    void limitsFromTheLastAcceptedCallBeforeTheFault() {
        limiter.admit(0);
        limiter.enable(new RateLimitFault(1.0, null));
        RateLimiter.Decision decision = limiter.admit(200 * MS);
        assertFalse(decision.accepted());
        assertEquals(800 * MS, decision.retryAfterNanos());
        assertEquals(1, decision.retryAfterSeconds());
    }

    @Test
    void transientFaultClearsItselfAfterMaxErrors() {
        limiter.enable(new RateLimitFault(2.0, 3));
        int rejected = 0;
        for (int i = 0; i < 50; i++) {
            if (!limiter.admit(i * 100 * MS).accepted()) {
                rejected++;
            }
        }
        assertEquals(3, rejected);
        assertFalse(limiter.state().active());
        assertEquals(3, limiter.state().rejected());
    }

    @Test
    void clearStopsRejecting() {
        limiter.enable(new RateLimitFault(1.0, null));
        limiter.admit(0);
        limiter.clear();
        assertTrue(limiter.admit(MS).accepted());
    }

    @Test
    void validatesTheFault() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimitFault(0, null));
        assertThrows(IllegalArgumentException.class, () -> new RateLimitFault(1000.01, null));
        assertThrows(IllegalArgumentException.class, () -> new RateLimitFault(Double.NaN, null));
        assertThrows(IllegalArgumentException.class, () -> new RateLimitFault(1, 0));
        new RateLimitFault(1000, 1);
    }
}
