package io.selfhealing.fix.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.common.targets.TargetsFile;
import io.selfhealing.fix.config.FixEngineerConfig;
import io.selfhealing.fix.domain.FixRefused;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/**
 * The targets as declared in the targets YAML. Read on every lookup (a small file, looked up once
 * per diagnosis or command), so an edited targets file takes effect at once.
 */
@ApplicationScoped
public class TargetDirectory {

    private final Path file;

    public TargetDirectory(FixEngineerConfig config) {
        this.file = Path.of(config.targetsFile());
    }

    /** The declared target; refused if it is unknown. */
    public TargetSpec get(String targetId) {
        return TargetsFile.load(file).find(targetId)
                .orElseThrow(() -> new FixRefused("target " + targetId + " is not declared in " + file));
    }
}
