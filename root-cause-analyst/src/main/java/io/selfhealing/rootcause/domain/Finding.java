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
 */
public record Finding(String issueType, long lines, List<Signal> signals, Instant newestEvidence,
        String summary, List<String> affectedComponents, String fixCategory, String fixHint,
        int estimatedFixSeconds, List<Evidence> evidence) {

    public Finding {
        signals = List.copyOf(signals);
        affectedComponents = List.copyOf(affectedComponents);
        evidence = List.copyOf(evidence);
    }
}
