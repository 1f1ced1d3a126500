package io.selfhealing.coordinator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckAnswersTest {

    private static HealthReported report(String target, String requestId, Integer of, HealthStatus status, Instant at) {
        return new HealthReported(new EventHeader(1, target + at, at, "monitor-agent", target, null), "http", status,
                List.of(), List.of(), requestId, of);
    }

    @Test
    void completeOnceEveryAnnouncedTargetAnsweredAndOtherReportsIgnored() {
        CheckAnswers answers = new CheckAnswers("req-1");
        Instant t = Instant.parse("2026-11-30T12:00:00Z");
        assertFalse(answers.complete(), "nothing answered yet");
        assertFalse(answers.offer(report("a", null, null, HealthStatus.HEALTHY, t)), "a scheduled report");
        assertFalse(answers.offer(report("a", "req-2", 1, HealthStatus.HEALTHY, t)), "another request's answer");
        assertFalse(answers.offer(report("a", "req-1", 2, HealthStatus.HEALTHY, t)));
        assertFalse(answers.offer(report("a", "req-1", 2, HealthStatus.CRITICAL, t.plusSeconds(1))),
                "a second answer for the same target is not a second target");
        assertTrue(answers.offer(report("b", "req-1", 2, HealthStatus.HEALTHY, t)));
        assertEquals(2, answers.expected());
        assertEquals(List.of("a", "b"), answers.results().stream().map(r -> r.header().targetId()).toList());
        assertEquals(HealthStatus.CRITICAL, answers.results().get(0).status(), "the freshest answer per target");
    }

    @Test
    void anAnswerWithoutACountStandsForOneTarget() {
        CheckAnswers answers = new CheckAnswers("req-1");
        assertTrue(answers.offer(report("a", "req-1", null, HealthStatus.WARNING, Instant.now())));
        assertEquals(1, answers.expected());
    }
}
