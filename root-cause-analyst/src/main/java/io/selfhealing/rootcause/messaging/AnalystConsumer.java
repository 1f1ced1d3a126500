package io.selfhealing.rootcause.messaging;

import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.OutcomeRecorded;
import io.selfhealing.rootcause.service.Analyst;
import io.selfhealing.rootcause.service.enrich.DiagnosisEnricher;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * healing.errors + healing.health → healing.diagnoses; healing.outcomes feeds the memory of past
 * incidents. Blocking: a rule may read a git repository, enrichment embeds text or calls a model.
 */
@ApplicationScoped
public class AnalystConsumer {

    private final Analyst analyst;
    private final DiagnosisEnricher enricher;
    private final EventSender sender;
    private final MutinyEmitter<String> diagnoses;

    public AnalystConsumer(Analyst analyst, DiagnosisEnricher enricher, EventSender sender,
            @Channel("diagnoses") MutinyEmitter<String> diagnoses) {
        this.analyst = analyst;
        this.enricher = enricher;
        this.sender = sender;
        this.diagnoses = diagnoses;
    }

    @Incoming("errors")
    @Blocking
    public Uni<Void> onError(String json) {
        return send(analyst.onError(EventCodec.decode(json, ErrorDetected.class)).stream().toList());
    }

    @Incoming("health")
    @Blocking
    public Uni<Void> onHealth(String json) {
        return send(analyst.onHealth(EventCodec.decode(json, HealthReported.class)));
    }

    @Incoming("outcomes")
    @Blocking
    public void onOutcome(String json) {
        enricher.onOutcome(EventCodec.decode(json, OutcomeRecorded.class));
    }

    private Uni<Void> send(List<DiagnosisMade> found) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DiagnosisMade d : found) {
            DiagnosisMade enriched = enricher.enrich(d);
            chain = chain.chain(() -> sender.send(diagnoses, enriched));
        }
        return chain;
    }
}
