package io.selfhealing.rootcause.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.DiagnosisCandidate;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.Vocabulary.Issue;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private final Verdict verdict = new Verdict(15, 84);

    @Test
    void aClearWinnerIsPublishedWithTheOthersAsCandidates() {
        DiagnosisMade d = verdict.choose(List.of(d(Issue.API_TIMEOUT, 93, "t1"), d(Issue.RATE_LIMITING, 55, "t2")))
                .orElseThrow();
        assertEquals(Issue.API_TIMEOUT, d.issueType());
        assertEquals(93, d.confidence());
        assertEquals(List.of(new DiagnosisCandidate(Issue.RATE_LIMITING, 55, "summary of rate_limiting")),
                d.candidates());
    }

    @Test
    void twoCloseIssueTypesMakeAnUnknownBelowTheThresholdListingBoth() {
        DiagnosisMade d = verdict.choose(List.of(d(Issue.DB_POOL_EXHAUSTED, 91, "t1"), d(Issue.API_TIMEOUT, 88, "t2")))
                .orElseThrow();
        assertEquals(Issue.UNKNOWN, d.issueType());
        assertEquals(84, d.confidence());
        assertEquals("escalate", d.fixCategory());
        assertEquals(List.of(Issue.DB_POOL_EXHAUSTED, Issue.API_TIMEOUT), d.candidates().stream()
                .map(DiagnosisCandidate::issueType).toList());
        assertEquals(List.of("t1", "t2"), d.templateIds());
    }

    @Test
    void anUnexplainedFailureSpeaksOnlyWhenNoRuleIsWellSupported() {
        DiagnosisMade failing = d(Issue.UNKNOWN, 95, "crash");
        DiagnosisMade weak = verdict.choose(List.of(failing, d(Issue.RATE_LIMITING, 55, "t2"))).orElseThrow();
        assertEquals(Issue.UNKNOWN, weak.issueType());
        assertTrue(weak.confidence() <= 84);
        assertEquals(Issue.RATE_LIMITING, weak.candidates().get(0).issueType());
        assertEquals(Issue.CONFIGURATION_ERROR, verdict.choose(List.of(failing, d(Issue.CONFIGURATION_ERROR, 95, "c")))
                .orElseThrow().issueType());
        assertTrue(verdict.choose(List.of()).isEmpty());
    }

    private static DiagnosisMade d(String issue, int confidence, String template) {
        return new DiagnosisMade(EventHeader.create("root-cause-analyst", "app"), issue, confidence,
                "summary of " + issue, List.of("app"), "configuration", 60, List.of(), List.of(template), List.of());
    }
}
