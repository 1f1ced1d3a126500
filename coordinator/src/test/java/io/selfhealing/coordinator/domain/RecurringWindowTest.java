package io.selfhealing.coordinator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RecurringWindowTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final RecurringWindow nightly = RecurringWindow.of("0 2 * * *", "Europe/Berlin", Duration.ofMinutes(30));

    private static Instant berlin(String date, String time) {
        return LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    @Test
    void isOpenFromTheCronTimeForItsDurationAndClosedOtherwise() {
        assertFalse(nightly.activeAt(berlin("2026-11-30", "01:59:59")));
        assertTrue(nightly.activeAt(berlin("2026-11-30", "02:00:00")));
        assertTrue(nightly.activeAt(berlin("2026-11-30", "02:29:59")));
        assertFalse(nightly.activeAt(berlin("2026-11-30", "02:30:00")));
        assertFalse(nightly.activeAt(berlin("2026-11-30", "14:00:00")));
        assertEquals(berlin("2026-11-30", "02:00:00"), nightly.openedAt(berlin("2026-11-30", "02:10:00")).orElseThrow());
    }

    /** In the last second before the next start, the current occurrence is still the open one. */
    @Test
    void theLastSecondBeforeTheNextStartBelongsToTheOpenOccurrence() {
        RecurringWindow everyMinute = RecurringWindow.of("* * * * *", "UTC", Duration.ofMinutes(1));
        Instant lastSecond = Instant.parse("2026-12-01T02:31:59.020Z");
        assertEquals(Instant.parse("2026-12-01T02:31:00Z"), everyMinute.openedAt(lastSecond).orElseThrow());
        assertEquals(Instant.parse("2026-12-01T02:32:00Z"),
                everyMinute.openedAt(Instant.parse("2026-12-01T02:32:00Z")).orElseThrow());
        assertEquals(Instant.parse("2026-12-01T02:32:00Z"),
                everyMinute.openedAt(Instant.parse("2026-12-01T02:32:00.500Z")).orElseThrow());
        assertTrue(nightly.activeAt(berlin("2026-11-30", "02:29:59").plusMillis(999)));
    }

    @Test
    void staysAtLocalTimeAcrossDaylightSavingChanges() {
        // Summer (UTC+2) and winter (UTC+1): the same local 02:15 is inside, one UTC hour apart.
        assertTrue(nightly.activeAt(berlin("2026-07-01", "02:15:00")));
        assertTrue(nightly.activeAt(berlin("2026-12-01", "02:15:00")));
        assertEquals(Instant.parse("2026-07-02T00:00:00Z"), nightly.nextOpening(berlin("2026-07-01", "03:00:00"))
                .orElseThrow());
        assertEquals(Instant.parse("2026-12-02T01:00:00Z"), nightly.nextOpening(berlin("2026-12-01", "03:00:00"))
                .orElseThrow());
    }

    @Test
    void weekdayWindowsAndWindowsCrossingMidnight() {
        RecurringWindow weekend = RecurringWindow.of("30 23 * * 6", "UTC", Duration.ofHours(2));
        assertTrue(weekend.activeAt(Instant.parse("2026-12-05T23:45:00Z")));   // Saturday
        assertTrue(weekend.activeAt(Instant.parse("2026-12-06T01:15:00Z")));   // past midnight, Sunday
        assertFalse(weekend.activeAt(Instant.parse("2026-12-06T01:30:00Z")));
        assertFalse(weekend.activeAt(Instant.parse("2026-12-04T23:45:00Z")));  // Friday
    }

    @Test
    void badPartsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecurringWindow.of("every night", "UTC",
                Duration.ofMinutes(5))).getMessage().startsWith("cron:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecurringWindow.of("0 2 * * *", "Mars/Olympus",
                Duration.ofMinutes(5))).getMessage().startsWith("timeZone:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecurringWindow.of("0 2 * * *", "UTC",
                Duration.ofHours(25))).getMessage().startsWith("duration:"));
    }
}
