package io.selfhealing.backup.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The targets YAML ({@code healing.targets-file}, env {@code HEALING_TARGETS_FILE}) and admin calls. */
@ConfigMapping(prefix = "healing")
public interface TargetsConfig {

    /** Allow-lists the admin URL of each target; absent: {@code http-admin} resources are refused. */
    Optional<String> targetsFile();

    /** Timeout of one call to a target's admin endpoint ({@code healing.admin-timeout-ms}). */
    @WithDefault("5000")
    int adminTimeoutMs();
}
