package io.selfhealing.rootcause.service;

import io.selfhealing.rootcause.config.AnalystConfig;
import io.selfhealing.rootcause.service.enrich.DiagnosisEnricher;
import io.selfhealing.rootcause.service.enrich.IncidentMemory;
import io.selfhealing.rootcause.service.enrich.LlmEnricher;
import io.selfhealing.rootcause.service.enrich.MiniLmEmbedder;
import io.selfhealing.rootcause.service.enrich.OpenAiLlmClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Similar incidents (MiniLM, on by default) and the language model (off by default). */
public class EnricherProducer {

    private static final Logger LOG = Logger.getLogger(EnricherProducer.class);

    @Produces
    @ApplicationScoped
    DiagnosisEnricher enricher(AnalystConfig config) {
        AnalystConfig.Similar s = config.similar();
        Optional<IncidentMemory> memory = s.enabled()
                ? Optional.of(new IncidentMemory(new MiniLmEmbedder(), s.maxIncidents(), s.top(), s.minSimilarity()))
                : Optional.empty();
        return new DiagnosisEnricher(memory, llm(config.llm()));
    }

    private static Optional<LlmEnricher> llm(AnalystConfig.Llm llm) {
        if (!llm.enabled()) {
            return Optional.empty();
        }
        String key = llm.apiKey().filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                "healing.analyst.llm.enabled=true needs healing.analyst.llm.api-key (env HEALING_ANALYST_LLM_API_KEY;"
                        + " any non-empty value for Ollama)"));
        LOG.infof("language model enrichment on: %s model %s", llm.baseUrl(), llm.model());
        return Optional.of(new LlmEnricher(new OpenAiLlmClient(llm.baseUrl(), key, llm.model(), llm.timeout()),
                llm.maxSampleChars()));
    }
}
