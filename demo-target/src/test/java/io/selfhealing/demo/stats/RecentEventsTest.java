package io.selfhealing.demo.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RecentEventsTest {

    private static final long S = 1_000_000_000L;

    @Test
    void countsOnlyEventsInsideTheWindow() {
        RecentEvents events = new RecentEvents(60 * S);
        events.record(1 * S);
        events.record(5 * S);
        events.record(9 * S);
        assertEquals(3, events.countWithin(10 * S, 10 * S));
        assertEquals(2, events.countWithin(6 * S, 10 * S));
        assertEquals(0, events.countWithin(5 * S, 20 * S));
    }

    @Test
    void forgetsEventsPastTheHorizon() {
        RecentEvents events = new RecentEvents(10 * S);
        events.record(0);
        events.record(15 * S);
        assertEquals(1, events.countWithin(100 * S, 16 * S));
    }
}
