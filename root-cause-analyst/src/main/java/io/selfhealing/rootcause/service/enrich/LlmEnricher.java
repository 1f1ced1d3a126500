package io.selfhealing.rootcause.service.enrich;

import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.Evidence;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Adds a model's explanation and, if valid, its suggested catalog fix to a diagnosis as evidence.
 * Issue type, confidence, fix category and everything else stay exactly as the evidence made
 * them: the model can never raise (or otherwise change) the confidence. Any failure of the model
 * leaves the diagnosis as it was.
 */
public class LlmEnricher {

    private static final Logger LOG = Logger.getLogger(LlmEnricher.class);
    private final LlmClient client;
    private final int maxSampleChars;

    public LlmEnricher(LlmClient client, int maxSampleChars) {
        this.client = client;
        this.maxSampleChars = maxSampleChars;
    }

    public DiagnosisMade enrich(DiagnosisMade d) {
        String answer;
        try {
            answer = client.complete(LlmPrompt.system(), LlmPrompt.user(d, maxSampleChars));
        } catch (RuntimeException e) {
            LOG.warnf("target %s: language model unavailable, diagnosis sent without explanation: %s",
                    d.header().targetId(), e.getMessage());
            return d;
        }
        return LlmAdvice.parse(answer, d.issueType()).map(advice -> with(d, advice)).orElseGet(() -> {
            LOG.warnf("target %s: language model answer does not match the schema, ignored", d.header().targetId());
            return d;
        });
    }

    private static DiagnosisMade with(DiagnosisMade d, LlmAdvice advice) {
        List<Evidence> evidence = new ArrayList<>(d.evidence());
        evidence.add(new Evidence("llm_explanation", advice.explanation(), 0));
        if (advice.suggestedFix() != null) {
            evidence.add(new Evidence("llm_suggested_fix", advice.suggestedFix(), 0));
        }
        if (advice.rejectedFix() != null) {
            evidence.add(new Evidence("llm_rejected_fix", "not a catalog fix for " + d.issueType() + ": "
                    + advice.rejectedFix(), 0));
        }
        return new DiagnosisMade(d.header(), d.issueType(), d.confidence(), d.summary(), d.affectedComponents(),
                d.fixCategory(), d.estimatedFixSeconds(), evidence);
    }
}
