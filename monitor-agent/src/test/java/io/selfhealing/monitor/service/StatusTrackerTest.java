package io.selfhealing.monitor.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatusTrackerTest {

    private final StatusTracker tracker = new StatusTracker(Duration.ofSeconds(30));
    private final Instant t0 = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void publishesTheFirstResultEveryChangeAndAnUnchangedStatusOnlyAtTheHeartbeat() {
        assertTrue(tracker.shouldPublish("a", HealthStatus.HEALTHY, t0));
        assertFalse(tracker.shouldPublish("a", HealthStatus.HEALTHY, t0.plusSeconds(5)));
        assertFalse(tracker.shouldPublish("a", HealthStatus.HEALTHY, t0.plusSeconds(29)));
        assertTrue(tracker.shouldPublish("a", HealthStatus.HEALTHY, t0.plusSeconds(30)));
        assertTrue(tracker.shouldPublish("a", HealthStatus.CRITICAL, t0.plusSeconds(31)));
        assertFalse(tracker.shouldPublish("a", HealthStatus.CRITICAL, t0.plusSeconds(36)));
        assertTrue(tracker.shouldPublish("b", HealthStatus.CRITICAL, t0.plusSeconds(36)));
    }

    @Test
    void aForgottenTargetIsPublishedAgainAtOnce() {
        tracker.shouldPublish("a", HealthStatus.HEALTHY, t0);
        tracker.forget("a");
        assertTrue(tracker.shouldPublish("a", HealthStatus.HEALTHY, t0.plusSeconds(1)));
    }
}
