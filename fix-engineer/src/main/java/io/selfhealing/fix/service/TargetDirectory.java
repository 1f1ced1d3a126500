package io.selfhealing.fix.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.common.targets.TargetsFile;
import io.selfhealing.fix.config.FixEngineerConfig;
import io.selfhealing.fix.domain.GitFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where each target's config file lives, from the targets YAML. Read on every lookup (a small file,
 * looked up once per diagnosis or command), so an edited targets file takes effect at once.
 */
@ApplicationScoped
public class TargetDirectory {

    private final Path file;

    public TargetDirectory(FixEngineerConfig config) {
        this.file = Path.of(config.targetsFile());
    }

    /** The declared config file of {@code targetId}, empty if the target is unknown or declares none. */
    public Optional<GitFile> configOf(String targetId) {
        return TargetsFile.load(file).find(targetId)
                .map(TargetSpec::config)
                .map(c -> GitFile.of(c.repository(), c.file()));
    }
}
