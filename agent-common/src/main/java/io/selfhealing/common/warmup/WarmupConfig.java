package io.selfhealing.common.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code healing.warmup.*}: the start-up warm-up of every agent ({@link Warmup}). */
@ConfigMapping(prefix = "healing.warmup")
public interface WarmupConfig {

    /** Off: no step runs and the agent is ready as soon as Quarkus is. */
    @WithDefault("true")
    boolean enabled();

    /** The longest one step may take before it is given up (a dependency that is down). */
    @WithDefault("10s")
    Duration stepTimeout();
}
