package io.selfhealing.notifier.domain;

import static io.selfhealing.notifier.domain.GroupClock.Action.ESCALATE;
import static io.selfhealing.notifier.domain.GroupClock.Action.NOTIFY;
import static io.selfhealing.notifier.domain.GroupClock.Action.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GroupClockTest {

    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");
    private static final GroupClock.Timing TIMING = new GroupClock.Timing(Duration.ofSeconds(30),
            Duration.ofMinutes(5), Duration.ofHours(4), Duration.ofMinutes(10));

    private static GroupClock.State state(Instant last, Instant levelSince, int level, boolean attention, boolean hasNew) {
        return new GroupClock.State(T0, last, levelSince, level, 2, attention, hasNew);
    }

    @Test
    void firstNotificationWaitsGroupWait() {
        GroupClock.State fresh = state(null, null, 0, true, true);
        assertEquals(WAIT, GroupClock.decide(fresh, TIMING, T0.plusSeconds(29)));
        assertEquals(NOTIFY, GroupClock.decide(fresh, TIMING, T0.plusSeconds(30)));
        assertEquals(T0.plusSeconds(30), GroupClock.nextCheck(fresh, TIMING));
    }

    @Test
    void theSameAlertsAreNotSentAgainWithinTheGroupIntervalNorBeforeTheRepeatInterval() {
        Instant sent = T0.plusSeconds(30);
        GroupClock.State nothingNew = state(sent, sent, 0, true, false);
        GroupClock.Timing noEscalation = new GroupClock.Timing(TIMING.groupWait(), TIMING.groupInterval(),
                TIMING.repeatInterval(), null);
        for (long s : new long[] {1, 299, 300, 3600, 4 * 3600 - 1}) {
            assertEquals(WAIT, GroupClock.decide(nothingNew, noEscalation, sent.plusSeconds(s)), "after " + s + " s");
        }
        assertEquals(NOTIFY, GroupClock.decide(nothingNew, noEscalation, sent.plus(Duration.ofHours(4))));
    }

    @Test
    void newAlertsInTheGroupGoOutOneGroupIntervalAfterTheLastNotification() {
        Instant sent = T0.plusSeconds(30);
        GroupClock.State joined = state(sent, sent, 0, true, true);
        assertEquals(WAIT, GroupClock.decide(joined, TIMING, sent.plusSeconds(299)));
        assertEquals(NOTIFY, GroupClock.decide(joined, TIMING, sent.plusSeconds(300)));
    }

    @Test
    void escalatesWhenNotAcknowledgedWithinEscalateAfterAndStopsAtTheEndOfTheChain() {
        Instant sent = T0.plusSeconds(30);
        assertEquals(WAIT, GroupClock.decide(state(sent, sent, 0, true, false), TIMING, sent.plusSeconds(599)));
        assertEquals(ESCALATE, GroupClock.decide(state(sent, sent, 0, true, false), TIMING, sent.plusSeconds(600)));
        assertEquals(sent.plusSeconds(600), GroupClock.nextCheck(state(sent, sent, 0, true, false), TIMING));
        Instant escalated = sent.plusSeconds(600);
        assertEquals(WAIT, GroupClock.decide(state(escalated, escalated, 1, true, false), TIMING,
                escalated.plus(Duration.ofHours(1))));
    }

    @Test
    void nothingIsSentForAGroupWhoseAlertsAreAllAcknowledgedResolvedOrSilenced() {
        Instant sent = T0.plusSeconds(30);
        GroupClock.State quiet = state(sent, sent, 0, false, true);
        assertEquals(WAIT, GroupClock.decide(quiet, TIMING, sent.plus(Duration.ofDays(2))));
        assertNull(GroupClock.nextCheck(quiet, TIMING));
    }
}
