package io.selfhealing.monitor.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.common.targets.TargetsFile;
import io.selfhealing.monitor.config.TargetsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/** The targets of {@code healing.targets-file}, read once at start; none when it is not set. */
@ApplicationScoped
public class TargetCatalog {

    private static final Logger LOG = Logger.getLogger(TargetCatalog.class);

    private final List<TargetSpec> targets;

    public TargetCatalog(TargetsConfig config) {
        this.targets = config.targetsFile()
                .map(file -> TargetsFile.load(Path.of(file)).targets())
                .orElseGet(() -> {
                    LOG.warn("healing.targets-file (HEALING_TARGETS_FILE) is not set: nothing to monitor");
                    return List.of();
                });
    }

    public List<TargetSpec> targets() {
        return targets;
    }
}
