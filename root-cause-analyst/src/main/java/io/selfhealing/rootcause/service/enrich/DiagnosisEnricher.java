package io.selfhealing.rootcause.service.enrich;

import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.Evidence;
import io.selfhealing.events.OutcomeRecorded;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * What is added to a diagnosis after the rules decided it: similar past incidents and, when
 * configured, a language model's explanation. Neither changes issue type or confidence.
 */
public class DiagnosisEnricher {

    private static final Logger LOG = Logger.getLogger(DiagnosisEnricher.class);
    private final Optional<IncidentMemory> memory;
    private final Optional<LlmEnricher> llm;

    public DiagnosisEnricher(Optional<IncidentMemory> memory, Optional<LlmEnricher> llm) {
        this.memory = memory;
        this.llm = llm;
    }

    public DiagnosisMade enrich(DiagnosisMade d) {
        DiagnosisMade similar = memory.map(m -> withSimilar(m, d)).orElse(d);
        DiagnosisMade result = llm.map(l -> merge(similar, l.enrich(similar))).orElse(similar);
        memory.ifPresent(m -> m.remember(result));
        return result;
    }

    public void onOutcome(OutcomeRecorded outcome) {
        memory.ifPresent(m -> m.onOutcome(outcome));
    }

    private static DiagnosisMade withSimilar(IncidentMemory memory, DiagnosisMade d) {
        try {
            List<Evidence> similar = memory.similar(d);
            if (similar.isEmpty()) {
                return d;
            }
            List<Evidence> evidence = new ArrayList<>(d.evidence());
            evidence.addAll(similar);
            return new DiagnosisMade(d.header(), d.issueType(), d.confidence(), d.summary(), d.affectedComponents(),
                    d.fixCategory(), d.estimatedFixSeconds(), evidence);
        } catch (RuntimeException e) {
            LOG.warnf("target %s: similar incidents unavailable: %s", d.header().targetId(), e.getMessage());
            return d;
        }
    }

    /** The enriched evidence, but never another issue type, confidence or fix category. */
    private static DiagnosisMade merge(DiagnosisMade base, DiagnosisMade enriched) {
        return new DiagnosisMade(base.header(), base.issueType(), Math.min(base.confidence(), enriched.confidence()),
                base.summary(), base.affectedComponents(), base.fixCategory(), base.estimatedFixSeconds(),
                enriched.evidence());
    }
}
