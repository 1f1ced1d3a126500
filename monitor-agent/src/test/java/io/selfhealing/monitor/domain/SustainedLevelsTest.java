package io.selfhealing.monitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.selfhealing.events.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SustainedLevelsTest {

    private final Threshold cpu = new Threshold(80, Duration.ofMinutes(5), 90, Duration.ofMinutes(2));
    private final SustainedLevels levels = new SustainedLevels();
    private final Instant t0 = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aLevelCountsOnlyAfterItHeldForItsDuration() {
        assertEquals(HealthStatus.HEALTHY, levels.evaluate("cpu", 95, cpu, t0));
        assertEquals(HealthStatus.HEALTHY, levels.evaluate("cpu", 95, cpu, t0.plusSeconds(119)));
        assertEquals(HealthStatus.CRITICAL, levels.evaluate("cpu", 95, cpu, t0.plusSeconds(120)));
        assertEquals(HealthStatus.HEALTHY, levels.evaluate("cpu", 85, cpu, t0.plusSeconds(150)));
        assertEquals(HealthStatus.WARNING, levels.evaluate("cpu", 85, cpu, t0.plusSeconds(300)));
    }

    @Test
    void oneValueBelowTheLevelStartsTheDurationAgain() {
        levels.evaluate("cpu", 95, cpu, t0);
        levels.evaluate("cpu", 50, cpu, t0.plusSeconds(60));
        assertEquals(HealthStatus.HEALTHY, levels.evaluate("cpu", 95, cpu, t0.plusSeconds(120)));
        assertEquals(HealthStatus.CRITICAL, levels.evaluate("cpu", 95, cpu, t0.plusSeconds(240)));
    }

    @Test
    void thresholdsFromYamlOverrideTheDefaultsAndDurationsParse() {
        Threshold t = cpu.overriddenBy(Map.of("warning", 50, "criticalFor", "30s"));
        assertEquals(new Threshold(50, Duration.ofMinutes(5), 90, Duration.ofSeconds(30)), t);
        assertEquals(Duration.ofMillis(250), Threshold.parseDuration("250ms"));
        assertEquals(Duration.ofHours(1), Threshold.parseDuration("1h"));
        assertThrows(IllegalArgumentException.class, () -> Threshold.parseDuration("soon"));
    }
}
