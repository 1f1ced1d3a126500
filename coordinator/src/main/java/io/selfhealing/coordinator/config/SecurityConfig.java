package io.selfhealing.coordinator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may call the API. Bearer tokens (SmallRye JWT, the standard {@code mp.jwt.verify.*} keys)
 * always work; HTTP basic with the embedded operator user only where switched on (the local run).
 */
@ConfigMapping(prefix = "healing.security")
public interface SecurityConfig {

    /** HTTP basic for the embedded users (HEALING_SECURITY_BASIC_AUTH); off by default. */
    @WithDefault("false")
    boolean basicAuth();
}
