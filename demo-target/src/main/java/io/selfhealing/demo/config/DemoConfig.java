package io.selfhealing.demo.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Startup configuration of the demo target (the tunables themselves live in {@link #configFile()}). */
@ConfigMapping(prefix = "demo")
public interface DemoConfig {

    /** The properties file with the tunables; it sits in a git repository the platform edits. */
    String configFile();

    /**
     * When the tunables file does not exist yet: create it with the defaults, as the first commit of a
     * new git repository in its directory (a container starting on an empty volume). Off by default.
     */
    @WithDefault("false")
    boolean configRepoInit();

    /** How often the tunables file is read and compared with the last content seen. */
    @WithDefault("250ms")
    Duration configPollInterval();

    /** Base URL of the simulated upstream; by default this very app on its actual HTTP port. */
    Optional<String> upstreamBaseUrl();

    Health health();

    interface Health {
        /** Readiness is DOWN while a 429 was seen within this window. */
        @WithDefault("5s")
        Duration errorWindow();
    }
}
