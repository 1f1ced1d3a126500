package io.selfhealing.coordinator.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorRetentionTest {

    private final ErrorRetention retention = new ErrorRetention(Duration.ofMinutes(5), Duration.ofMinutes(30));
    private final Instant now = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aValidationReadsTwoLookBacksAndTheBaselineWindowBeforeItsIncidentOpened() {
        assertEquals(Instant.parse("2026-11-30T09:20:00Z"), retention.readsFrom(Instant.parse("2026-11-30T10:00:00Z")));
    }

    @Test
    void theHistoryCutoffHoldsWhenItIsOlderThanAnythingAValidationReads() {
        Instant history = now.minus(Duration.ofDays(90));
        assertEquals(history, retention.cutoff(history, now, Optional.of(now.minus(Duration.ofDays(1)))));
    }

    @Test
    void aShortHistoryRetentionNeverDeletesWhatAnIncidentOpeningNowWouldRead() {
        Instant cutoff = retention.cutoff(now.minus(Duration.ofMinutes(1)), now, Optional.empty());
        assertEquals(retention.readsFrom(now), cutoff);
    }

    @Test
    void anIncidentInFlightKeepsItsBaselineAndEvidenceWhateverTheRetention() {
        Instant opened = now.minus(Duration.ofDays(120));
        Instant cutoff = retention.cutoff(now.minus(Duration.ofDays(90)), now, Optional.of(opened));
        assertFalse(cutoff.isAfter(retention.readsFrom(opened)));
        assertEquals(retention.readsFrom(opened), cutoff);
    }

    @Test
    void anIncidentStampedInTheFutureIsBoundedByNow() {
        Instant cutoff = retention.cutoff(now, now, Optional.of(now.plus(Duration.ofHours(1))));
        assertEquals(retention.readsFrom(now), cutoff);
    }
}
