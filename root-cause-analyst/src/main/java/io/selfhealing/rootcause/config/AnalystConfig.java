package io.selfhealing.rootcause.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "healing.analyst")
public interface AnalystConfig {

    /**
     * A diagnosis of the same (target, issue) is published again only when its confidence rose,
     * or when the previous one is older than this.
     */
    @WithDefault("5m")
    Duration rediagnoseAfter();
}
