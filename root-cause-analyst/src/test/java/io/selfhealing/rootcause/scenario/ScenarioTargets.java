package io.selfhealing.rootcause.scenario;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.selfhealing.rootcause.repository.GitConfigCommitsTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;

/**
 * Writes the targets file of the scenario table (targets, dependsOn, config repositories) and two
 * real git repositories: one whose last commit is now, one whose last commit is three hours old.
 */
public class ScenarioTargets implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("rca-scenarios");
            Path recent = repo(dir.resolve("recent"), Instant.now());
            Path old = repo(dir.resolve("old"), Instant.now().minus(Duration.ofHours(3)));
            List<String> yaml = new ArrayList<>(List.of("targets:"));
            FaultScenarios.ALL.forEach(s -> yaml.addAll(s.yaml(recent.toString(), old.toString())));
            Path file = dir.resolve("targets.yaml");
            Files.write(file, yaml);
            return Map.of("healing.targets-file", file.toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the scenario targets", e);
        }
    }

    private static Path repo(Path dir, Instant lastCommit) throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            GitConfigCommitsTest.commit(git, "app.properties", "pool.size=10\n", "initial", lastCommit.minusSeconds(60));
            GitConfigCommitsTest.commit(git, "app.properties", "pool.size=10\nfeature=\n", "tune app", lastCommit);
        }
        return dir;
    }

    @Override
    public void stop() {
    }
}
