package io.selfhealing.rootcause.repository;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.common.targets.TargetsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The targets file as the analyst needs it: each target's declared dependencies and config
 * location, and who depends on whom. No file configured, or none at that path: no dependencies.
 */
public final class TargetDirectory {

    private static final Logger LOG = Logger.getLogger(TargetDirectory.class);
    private final List<TargetSpec> targets;

    public TargetDirectory(List<TargetSpec> targets) {
        this.targets = List.copyOf(targets);
    }

    public static TargetDirectory load(Optional<String> path) {
        if (path.isEmpty() || path.get().isBlank()) {
            return new TargetDirectory(List.of());
        }
        Path file = Path.of(path.get());
        if (!Files.isRegularFile(file)) {
            LOG.warnf("targets file %s does not exist: diagnosing without declared dependencies", file);
            return new TargetDirectory(List.of());
        }
        return new TargetDirectory(TargetsFile.load(file).targets());
    }

    public Optional<TargetSpec> find(String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<String> dependencies(String id) {
        return find(id).map(TargetSpec::dependsOn).orElse(List.of());
    }

    /** Targets that declare {@code id} in their {@code dependsOn}. */
    public List<String> dependents(String id) {
        return targets.stream().filter(t -> t.dependsOn().contains(id)).map(TargetSpec::id).toList();
    }

    /** The probe settings of a target (url, host, port...), empty when unknown. */
    public java.util.Map<String, Object> probe(String id) {
        return find(id).map(TargetSpec::probe).orElse(java.util.Map.of());
    }

    public String type(String id) {
        return find(id).map(TargetSpec::type).orElse("unknown");
    }
}
