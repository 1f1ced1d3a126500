package io.selfhealing.fix.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.FixPlan;
import io.selfhealing.fix.domain.CommitMessages;
import io.selfhealing.fix.domain.FixCatalog;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fix-engineer killed inside an APPLY, on a real repository: between writing the file and its commit
 * (the redelivered APPLY commits its own write once), after the commit and before the answer or the
 * push (the redelivery answers from that commit), and never taking a person's uncommitted edit for its own.
 */
class InterruptedApplyTest {

    private static final String FILE = "c.properties";
    private static final String CONFIG = "feature.x=1\nupstream.delay.ms=800\n";
    /** What the APPLY of 800 -> 1200 writes. */
    private static final String FIXED = "feature.x=1\nupstream.delay.ms=1200\n";

    @TempDir
    Path tmp;

    private final FixCatalog catalog = builtIn();
    private final GitConfigActuator actuator = new GitConfigActuator(new GitCommits(new TestConfig()));
    private final FixSpec delay = catalog.byName("increase_delay").orElseThrow();
    private Path dir;
    private TargetSpec target;
    private CommandIssued apply;

    @BeforeEach
    void committedConfig() throws Exception {
        dir = tmp.resolve("repo");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.writeString(dir.resolve(FILE), CONFIG);
            Files.writeString(dir.resolve("notes.txt"), "committed notes\n");
            commit(git, "initial", FILE, "notes.txt");
        }
        target = target(false);
        FixPlan plan = delay.plan("git-config", actuator.read(target, delay).orElseThrow()).plan();
        apply = GitActuatorsTest.command(CommandType.APPLY, plan);
        assertEquals("1200", plan.changes().get(0).toValue(), "the plan this test's FIXED content assumes");
    }

    @Test
    void aWriteInterruptedBeforeItsCommitIsCommittedOnceWhenTheApplyIsRedelivered() throws Exception {
        Files.writeString(dir.resolve(FILE), FIXED);

        FixExecuted done = actuator.apply(apply, target, delay);

        assertTrue(done.success(), done.message());
        List<RevCommit> log = log();
        assertEquals(2, log.size());
        assertEquals(done.commitId(), log.get(0).getName());
        assertTrue(GitWorkTree.hasTrailer(log.get(0), CommitMessages.COMMAND_TRAILER, apply.header().eventId()));
        assertEquals(FIXED, Files.readString(dir.resolve(FILE)));
        assertTrue(clean());
        FixExecuted again = actuator.apply(apply, target, delay);
        assertEquals(done.commitId(), again.commitId());
        assertEquals(2, log().size());
    }

    @Test
    void aWriteAlreadyStagedWhenTheCommitWasInterruptedIsCommittedToo() throws Exception {
        Files.writeString(dir.resolve(FILE), FIXED);
        try (Git git = Git.open(dir.toFile())) {
            git.add().addFilepattern(FILE).call();
        }
        FixExecuted done = actuator.apply(apply, target, delay);
        assertTrue(done.success(), done.message());
        assertEquals(2, log().size());
        assertTrue(clean());
    }

    @Test
    void aPersonsEditOfTheFileIsRefusedAndLeftAsItIs() throws Exception {
        for (String edit : List.of("feature.x=1\nupstream.delay.ms=1500\n", FIXED + "hand.edit=1\n",
                "feature.x=2\nupstream.delay.ms=800\n")) {
            Files.writeString(dir.resolve(FILE), edit);
            FixRefused refused = assertThrows(FixRefused.class, () -> actuator.apply(apply, target, delay));
            assertTrue(refused.getMessage().contains("uncommitted changes"), refused.getMessage());
            assertTrue(refused.getMessage().contains("not this command's own"), refused.getMessage());
            assertEquals(edit, Files.readString(dir.resolve(FILE)));
            assertEquals(1, log().size());
        }
    }

    @Test
    void ourContentStagedOverAPersonsOtherStagedVersionIsRefused() throws Exception {
        Files.writeString(dir.resolve(FILE), "feature.x=1\nupstream.delay.ms=999\n");
        try (Git git = Git.open(dir.toFile())) {
            git.add().addFilepattern(FILE).call();
        }
        Files.writeString(dir.resolve(FILE), FIXED);
        FixRefused refused = assertThrows(FixRefused.class, () -> actuator.apply(apply, target, delay));
        assertTrue(refused.getMessage().contains("staged with other content"), refused.getMessage());
        assertEquals(1, log().size());
    }

    @Test
    void aPersonsEditOfAnotherFileIsNeverCommitted() throws Exception {
        Files.writeString(dir.resolve(FILE), FIXED);
        Files.writeString(dir.resolve("notes.txt"), "a person's uncommitted notes\n");
        Files.writeString(dir.resolve("new.txt"), "a person's new file\n");

        FixExecuted done = actuator.apply(apply, target, delay);

        assertTrue(done.success(), done.message());
        RevCommit fix = log().get(0);
        assertEquals("committed notes\n", blob(fix, "notes.txt"));
        assertEquals(null, blob(fix, "new.txt"));
        assertEquals(FIXED, blob(fix, FILE));
        assertEquals("a person's uncommitted notes\n", Files.readString(dir.resolve("notes.txt")));
        assertEquals("a person's new file\n", Files.readString(dir.resolve("new.txt")));
    }

    @Test
    void aCommitThatFailsLeavesTheFileAsItWasAndTheCommandCanRunAgain() throws Exception {
        Path personsLock = dir.resolve(".git/index.lock"); // a person's git at work: not ours to delete
        Files.writeString(personsLock, "");
        assertThrows(RuntimeException.class, () -> actuator.apply(apply, target, delay));
        assertEquals(CONFIG, Files.readString(dir.resolve(FILE)));
        assertEquals(1, log().size());

        Files.delete(personsLock);
        assertTrue(clean(), "nothing was left staged");
        assertTrue(actuator.apply(apply, target, delay).success());
        assertEquals(2, log().size());
    }

    @Test
    void anExpiredRedeliveryUndoesItsInterruptedWriteAndIsRefusedAsExpired() throws Exception {
        Files.writeString(dir.resolve(FILE), FIXED);
        try (Git git = Git.open(dir.toFile())) {
            git.add().addFilepattern(FILE).call();
        }
        CommandIssued expired = expired(apply);
        FixRefused refused = assertThrows(FixRefused.class, () -> actuator.apply(expired, target, delay));
        assertTrue(CommandIssued.isExpiryRefusal(refused.getMessage()), refused.getMessage());
        assertEquals(CONFIG, Files.readString(dir.resolve(FILE)));
        assertTrue(clean(), "nothing of the interrupted write is left, in the work tree or the index");
        assertEquals(1, log().size());
    }

    @Test
    void aCommitWhoseAnswerWasNotSentIsAnsweredAgainWithoutASecondCommitEvenOnceExpired() throws Exception {
        FixExecuted first = actuator.apply(apply, target, delay);
        assertTrue(first.success(), first.message());

        FixExecuted again = actuator.apply(apply, target, delay);
        FixExecuted late = actuator.apply(expired(apply), target, delay);

        assertEquals(first, again);
        assertTrue(late.success(), late.message());
        assertEquals(first.commitId(), late.commitId());
        assertEquals(2, log().size());
        assertEquals(FIXED, Files.readString(dir.resolve(FILE)));
    }

    @Test
    void aCommitWhosePushWasInterruptedIsPushedByTheRedelivery() throws Exception {
        Path origin = tmp.resolve("origin.git");
        Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
        try (Git git = Git.open(dir.toFile())) {
            git.remoteAdd().setName("origin").setUri(new URIish(origin.toUri().toString())).call();
            git.push().setRemote("origin").call();
        }
        FixExecuted committed = actuator.apply(apply, target, delay); // the push never happened: target(false)

        FixExecuted redelivered = actuator.apply(apply, target(true), delay);

        assertEquals(committed.commitId(), redelivered.commitId());
        try (Git bare = Git.open(origin.toFile())) {
            assertEquals(committed.commitId(), bare.getRepository().resolve("refs/heads/main").getName());
        }
        assertEquals(2, log().size());
    }

    @Test
    void aRevertOfAPersonsCommitInterruptedBeforeItsCommitIsCommittedOnce() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            Files.writeString(dir.resolve(FILE), "feature.x=\nupstream.delay.ms=800\n");
            commit(git, "oops: empty feature.x", FILE);
        }
        FixSpec revert = catalog.byName("revert_config_commit").orElseThrow();
        GitRevertActuator reverter = new GitRevertActuator(new GitCommits(new TestConfig()));
        CommandIssued command = GitActuatorsTest.command(CommandType.APPLY,
                revert.plan("git-revert", reverter.read(target, revert).orElseThrow()).plan());
        Files.writeString(dir.resolve(FILE), CONFIG);

        FixExecuted done = reverter.apply(command, target, revert);

        assertTrue(done.success(), done.message());
        assertEquals(3, log().size());
        assertEquals(CONFIG, blob(log().get(0), FILE));
        assertEquals(done.commitId(), reverter.apply(command, target, revert).commitId());
        assertEquals(3, log().size());
    }

    private static FixCatalog builtIn() {
        try {
            return CatalogProducer.builtIn();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private TargetSpec target(boolean pushes) {
        return new TargetSpec("t", "http", null, null, new TargetSpec.ConfigLocation(dir.toString(), FILE, pushes),
                null);
    }

    private static CommandIssued expired(CommandIssued command) {
        return new CommandIssued(command.header(), command.type(), command.plan(), command.backupId(),
                command.reason(), Instant.now().minusSeconds(1));
    }

    private static void commit(Git git, String message, String... files) throws Exception {
        for (String file : files) {
            git.add().addFilepattern(file).call();
        }
        PersonIdent me = new PersonIdent("person", "person@localhost");
        git.commit().setMessage(message).setAuthor(me).setCommitter(me).setSign(false).call();
    }

    private List<RevCommit> log() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            List<RevCommit> all = new ArrayList<>();
            git.log().call().forEach(all::add);
            return all;
        }
    }

    private boolean clean() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            return git.status().addPath(FILE).call().isClean();
        }
    }

    /** The file's content in {@code commit}, null if it is not in it. */
    private String blob(RevCommit commit, String path) throws Exception {
        try (Git git = Git.open(dir.toFile());
                TreeWalk walk = TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
            return walk == null ? null : new String(git.getRepository().open(walk.getObjectId(0)).getBytes());
        }
    }
}
