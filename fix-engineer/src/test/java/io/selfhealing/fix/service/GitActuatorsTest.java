package io.selfhealing.fix.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.FixPlan;
import io.selfhealing.fix.domain.FixCatalog;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git actuators on real repositories: YAML files, push to an origin, revert of a person's config commit. */
class GitActuatorsTest {

    @TempDir
    Path tmp;

    private final FixCatalog catalog = load();
    private final GitCommits commits = new GitCommits(new TestConfig());

    @Test
    void editsAYamlFileCommitsAndPushesToOrigin() throws Exception {
        Path origin = tmp.resolve("origin.git");
        Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
        Path dir = tmp.resolve("work");
        String yaml = "upstream:\n  delay:\n    ms: 800 # per call\n";
        try (Git git = repo(dir, "app.yaml", yaml)) {
            git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(origin.toUri().toString())).call();
            git.push().setRemote("origin").call();
        }
        TargetSpec target = new TargetSpec("t", "http", null, null,
                new TargetSpec.ConfigLocation(dir.toString(), "app.yaml", true), null);
        FixSpec delay = catalog.byName("increase_delay").orElseThrow();
        GitConfigActuator actuator = new GitConfigActuator(commits);
        FixPlan plan = delay.plan("git-config", actuator.read(target, delay).orElseThrow()).plan();
        FixExecuted result = actuator.apply(command(CommandType.APPLY, plan), target, delay);
        assertTrue(result.success(), result.message());
        assertEquals(yaml.replace("800", "1200"), Files.readString(dir.resolve("app.yaml")));
        try (Git bare = Git.open(origin.toFile())) {
            assertEquals(result.commitId(), bare.getRepository().resolve("refs/heads/main").getName());
        }
    }

    @Test
    void revertsThePersonsLastCommitOfTheFileButNeverThePlatformsOwn() throws Exception {
        Path dir = tmp.resolve("repo");
        String good = "feature.x=1\nupstream.delay.ms=800\n";
        try (Git git = repo(dir, "c.properties", good)) {
            Files.writeString(dir.resolve("c.properties"), "feature.x=\nupstream.delay.ms=800\n");
            commit(git, "c.properties", "oops: empty feature.x");
        }
        TargetSpec target = new TargetSpec("t", "http", null, null,
                new TargetSpec.ConfigLocation(dir.toString(), "c.properties"), null);
        FixSpec revert = catalog.byName("revert_config_commit").orElseThrow();
        GitRevertActuator actuator = new GitRevertActuator(commits);
        FixPlan plan = revert.plan("git-revert", actuator.read(target, revert).orElseThrow()).plan();
        CommandIssued apply = command(CommandType.APPLY, plan);
        FixExecuted done = actuator.apply(apply, target, revert);
        assertTrue(done.success(), done.message());
        assertEquals(good, Files.readString(dir.resolve("c.properties")));
        assertEquals(done.commitId(), actuator.apply(apply, target, revert).commitId());

        var own = assertThrows(FixRefused.class, () -> actuator.read(target, revert));
        assertTrue(own.getMessage().contains("platform's own"), own.getMessage());
    }

    @Test
    void refusesARevertWhenTheHistoryMovedSinceTheProposal() throws Exception {
        Path dir = tmp.resolve("moved");
        try (Git git = repo(dir, "c.properties", "a=1\n")) {
            Files.writeString(dir.resolve("c.properties"), "a=2\n");
            commit(git, "c.properties", "a=2");
            TargetSpec target = new TargetSpec("t", "http", null, null,
                    new TargetSpec.ConfigLocation(dir.toString(), "c.properties"), null);
            FixSpec revert = catalog.byName("revert_config_commit").orElseThrow();
            GitRevertActuator actuator = new GitRevertActuator(commits);
            FixPlan plan = revert.plan("git-revert", actuator.read(target, revert).orElseThrow()).plan();
            Files.writeString(dir.resolve("c.properties"), "a=3\n");
            commit(git, "c.properties", "a=3");
            byte[] before = Files.readAllBytes(dir.resolve("c.properties"));
            var e = assertThrows(FixRefused.class, () -> actuator.apply(command(CommandType.APPLY, plan), target, revert));
            assertTrue(e.getMessage().contains("history changed"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(dir.resolve("c.properties")));
        }
    }

    private static Git repo(Path dir, String file, String content) throws Exception {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        Files.writeString(dir.resolve(file), content);
        commit(git, file, "initial");
        return git;
    }

    private static RevCommit commit(Git git, String file, String message) throws Exception {
        git.add().addFilepattern(file).call();
        PersonIdent me = new PersonIdent("person", "person@localhost");
        return git.commit().setMessage(message).setAuthor(me).setCommitter(me).setSign(false).call();
    }

    static CommandIssued command(CommandType type, FixPlan plan) {
        return new CommandIssued(EventHeader.create("coordinator", "t", "inc-" + System.nanoTime()), type, plan,
                "backup_1", "test");
    }

    private static FixCatalog load() {
        try {
            return CatalogProducer.builtIn();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
