package io.selfhealing.rootcause.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalystTest {

    private final Analyst analyst = new Analyst(List.of(new RateLimitRule()), Duration.ofMinutes(5),
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void confidenceGrowsWithEvidenceAndIsCapped() {
        assertEquals(0, EvidenceConfidence.fromLines(0));
        assertEquals(55, EvidenceConfidence.fromLines(1));
        assertEquals(71, EvidenceConfidence.fromLines(3));
        assertEquals(85, EvidenceConfidence.fromLines(6));
        assertEquals(EvidenceConfidence.CAP, EvidenceConfidence.fromLines(1_000_000));
        for (int n = 1; n < 200; n++) {
            assertTrue(EvidenceConfidence.fromLines(n + 1) >= EvidenceConfidence.fromLines(n), "monotone at " + n);
        }
    }

    @Test
    void rateLimitLinesGiveARateLimitingDiagnosisWithEvidence() {
        var d = analyst.onError(error("demo", "rate_limit", 6)).orElseThrow();
        assertEquals("rate_limiting", d.issueType());
        assertEquals(85, d.confidence());
        assertEquals("configuration", d.fixCategory());
        assertEquals("demo", d.header().targetId());
        assertTrue(d.evidence().stream().anyMatch(e -> e.kind().equals("log") && e.value() == 6));
    }

    @Test
    void otherCategoriesAreNotDiagnosedAsRateLimiting() {
        assertTrue(analyst.onError(error("demo", "database_error", 50)).isEmpty());
    }

    @Test
    void republishesOnlyWhenConfidenceRises() {
        assertTrue(analyst.onError(error("demo", "rate_limit", 3)).isPresent());
        assertTrue(analyst.onError(error("demo", "rate_limit", 3)).isEmpty());
        assertTrue(analyst.onError(error("demo", "rate_limit", 2)).isEmpty());
        assertTrue(analyst.onError(error("demo", "rate_limit", 6)).isPresent());
        assertTrue(analyst.onError(error("other", "rate_limit", 3)).isPresent(), "per target");
    }

    @Test
    void unhealthyTargetIsAddedAsEvidence() {
        analyst.onHealth(new HealthReported(EventHeader.create("monitor-agent", "demo"), "http",
                HealthStatus.CRITICAL, List.of("503"), List.of()));
        var d = analyst.onError(error("demo", "rate_limit", 6)).orElseThrow();
        assertTrue(d.evidence().stream().anyMatch(e -> e.kind().equals("health")));
    }

    static ErrorDetected error(String target, String category, long count) {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        return new ErrorDetected(EventHeader.create("error-detector", target), category, "t1",
                "<*> 429 Too Many Requests", Severity.HIGH, "NEW", count, count, count * 6.0, now, now,
                List.of("ERROR 429 Too Many Requests"));
    }
}
