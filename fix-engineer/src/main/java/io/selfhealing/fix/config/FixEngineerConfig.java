package io.selfhealing.fix.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of fix-engineer ({@code healing.*}). */
@ConfigMapping(prefix = "healing")
public interface FixEngineerConfig {

    /** The targets YAML (env {@code HEALING_TARGETS_FILE}). */
    String targetsFile();

    Fix fix();

    Git git();

    interface Fix {
        IncreaseDelayBounds increaseDelay();
    }

    /** Bounds of the {@code increase_delay} fix type. */
    interface IncreaseDelayBounds {
        @WithDefault("upstream.delay.ms")
        String key();

        @WithDefault("10000")
        long max();

        /** Multiplier of one step; at most 1.5. */
        @WithDefault("1.5")
        double factor();
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
