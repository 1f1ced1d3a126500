package io.selfhealing.fix.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Typed configuration of fix-engineer ({@code healing.*}). */
@ConfigMapping(prefix = "healing")
public interface FixEngineerConfig {

    /** The targets YAML (env {@code HEALING_TARGETS_FILE}). */
    String targetsFile();

    Fix fix();

    Git git();

    interface Fix {
        /** The fix catalog YAML (env {@code HEALING_FIX_CATALOG_FILE}); absent: the built-in {@code fix-catalog.yaml}. */
        Optional<String> catalogFile();

        /** Timeout of one call to a target's admin endpoint. */
        @WithDefault("5000")
        int httpTimeoutMs();
    }

    interface Git {
        @WithDefault("self-healing-platform")
        String authorName();

        @WithDefault("healing@localhost")
        String authorEmail();

        /** How many recent commits are searched for a command already executed. */
        @WithDefault("200")
        int historyDepth();
    }
}
