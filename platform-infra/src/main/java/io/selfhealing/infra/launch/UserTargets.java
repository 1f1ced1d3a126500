package io.selfhealing.infra.launch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the launcher itself needs from a user's targets file: that it lists targets, and which config
 * repositories they name (backup-manager may back up and restore only under those). The agents
 * validate the rest of the file when they start.
 */
public final class UserTargets {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private UserTargets() {
    }

    /**
     * The config repositories the file names, absolute; relative ones are taken against {@code base}
     * (the agents' working directory).
     *
     * @throws IllegalArgumentException when the file is not YAML or lists no target
     */
    public static List<Path> configRepositories(Path file, Path base) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(file + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode targets = root == null ? null : root.path("targets");
        if (targets == null || !targets.isArray() || targets.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no target (expected a top-level 'targets:' list)");
        }
        List<Path> repositories = new ArrayList<>();
        for (JsonNode target : targets) {
            String repository = target.path("config").path("repository").asText("");
            if (!repository.isBlank()) {
                repositories.add(base.resolve(repository).toAbsolutePath().normalize());
            }
        }
        return repositories.stream().distinct().toList();
    }
}
