package io.selfhealing.monitor.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Where the targets YAML lives: {@code healing.targets-file} (env {@code HEALING_TARGETS_FILE}). */
@ConfigMapping(prefix = "healing")
public interface TargetsConfig {

    Optional<String> targetsFile();
}
