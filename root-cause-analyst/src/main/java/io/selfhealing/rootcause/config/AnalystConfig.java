package io.selfhealing.rootcause.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "healing.analyst")
public interface AnalystConfig {

    /**
     * A diagnosis of the same (target, issue) is published again only when its confidence rose,
     * or when the previous one is older than this.
     */
    @WithDefault("5m")
    Duration rediagnoseAfter();

    /** Evidence (error reports, health reports) older than this is not correlated. */
    @WithDefault("5m")
    Duration window();

    /** An upstream whose probe latency reaches this is slow (api_timeout). */
    @WithDefault("1s")
    Duration slowLatency();

    /** Config errors that start within this after a config commit blame that commit. */
    @WithDefault("15m")
    Duration configCommitWindow();

    /**
     * Two issue types whose confidences are closer than this compete: the analyst publishes an
     * {@code unknown} diagnosis listing both, and a person decides.
     */
    @WithDefault("15")
    int ambiguityMargin();

    /** Highest confidence of an {@code unknown} diagnosis: below the coordinator's auto-fix threshold. */
    @WithDefault("84")
    int unknownCeiling();

    /** Bound of the in-memory state (targets with evidence). */
    @WithDefault("10000")
    int maxTargets();

    Llm llm();

    Similar similar();

    /** Optional enrichment by a language model behind an OpenAI-compatible API (OpenAI, Ollama's /v1). */
    interface Llm {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("http://localhost:11434/v1")
        String baseUrl();

        /** Env HEALING_ANALYST_LLM_API_KEY; never in git. */
        Optional<String> apiKey();

        @WithDefault("gpt-4o-mini")
        String model();

        @WithDefault("20s")
        Duration timeout();

        /** Each log sample sent to the model is cut to this many characters. */
        @WithDefault("200")
        int maxSampleChars();
    }

    /** Nearest past incidents by the MiniLM embedding of the diagnosis signature. */
    interface Similar {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1000")
        int maxIncidents();

        @WithDefault("3")
        int top();

        @WithDefault("0.75")
        double minSimilarity();
    }
}
