package io.selfhealing.events;

import java.util.List;

/**
 * The root cause of a target's trouble ({@code healing.diagnoses}).
 *
 * @param confidence  0-100, from the strength of the evidence
 * @param fixCategory configuration, code, infrastructure or escalate
 * @param templateIds the error-detector templates whose lines caused this diagnosis (optional; empty
 *                    when unknown): validation judges a fix on the rate of these lines
 * @param candidates  other issue types the analyst weighed, with their confidence (optional)
 */
public record DiagnosisMade(EventHeader header, String issueType, int confidence, String summary,
        List<String> affectedComponents, String fixCategory, int estimatedFixSeconds,
        List<Evidence> evidence, List<String> templateIds, List<DiagnosisCandidate> candidates)
        implements HealingEvent {

    public DiagnosisMade {
        templateIds = templateIds == null ? List.of() : List.copyOf(templateIds);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** A diagnosis without template ids or candidates (schema before they existed). */
    public DiagnosisMade(EventHeader header, String issueType, int confidence, String summary,
            List<String> affectedComponents, String fixCategory, int estimatedFixSeconds,
            List<Evidence> evidence) {
        this(header, issueType, confidence, summary, affectedComponents, fixCategory,
                estimatedFixSeconds, evidence, List.of(), List.of());
    }
}
