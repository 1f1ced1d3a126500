package io.selfhealing.rootcause.domain;

import io.selfhealing.events.Evidence;
import java.time.Instant;
import java.util.List;

/**
 * What a rule concluded, before the confidence is computed from it.
 *
 * @param issueType           a {@code Vocabulary.Issue} name
 * @param lines               error lines in the window that point at this cause
 * @param signals             independent corroborating observations
 * @param newestEvidence      when the newest piece of evidence was seen (recency)
 * @param fixCategory         configuration, infrastructure or escalate
 * @param fixHint             the {@code Vocabulary.Fix} name that answers this issue, null for none
 * @param evidence            log samples and metric values, shown to people
 * @param templateIds         error-detector templates of the lines that point at this cause
 * @param tentative           the lines do not name the cause (only timing ties them to it): the
 *                            analyst keeps such a finding below the auto-fix threshold
 */
public record Finding(String issueType, long lines, List<Signal> signals, Instant newestEvidence,
        String summary, List<String> affectedComponents, String fixCategory, String fixHint,
        int estimatedFixSeconds, List<Evidence> evidence, List<String> templateIds, boolean tentative) {

    public Finding(String issueType, long lines, List<Signal> signals, Instant newestEvidence, String summary,
            List<String> affectedComponents, String fixCategory, String fixHint, int estimatedFixSeconds,
            List<Evidence> evidence, List<String> templateIds) {
        this(issueType, lines, signals, newestEvidence, summary, affectedComponents, fixCategory, fixHint,
                estimatedFixSeconds, evidence, templateIds, false);
    }

    public Finding {
        signals = List.copyOf(signals);
        affectedComponents = List.copyOf(affectedComponents);
        evidence = List.copyOf(evidence);
        templateIds = templateIds == null ? List.of() : templateIds.stream().distinct().toList();
    }

    /** A finding whose lines' templates are unknown. */
    public Finding(String issueType, long lines, List<Signal> signals, Instant newestEvidence, String summary,
            List<String> affectedComponents, String fixCategory, String fixHint, int estimatedFixSeconds,
            List<Evidence> evidence) {
        this(issueType, lines, signals, newestEvidence, summary, affectedComponents, fixCategory, fixHint,
                estimatedFixSeconds, evidence, List.of());
    }
}
