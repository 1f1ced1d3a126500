package io.selfhealing.fix.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock files of a killed git write are cleared; a lock nobody of ours marked, or a live writer's, is kept. */
class AbandonedLocksTest {

    @TempDir
    Path tmp;

    private Path dir;
    private Path gitDir;

    @BeforeEach
    void repo() throws Exception {
        dir = tmp.resolve("repo");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.writeString(dir.resolve("c.properties"), "a=1\n");
            git.add().addFilepattern("c.properties").call();
            PersonIdent me = new PersonIdent("person", "person@localhost");
            git.commit().setMessage("initial").setAuthor(me).setCommitter(me).setSign(false).call();
        }
        gitDir = dir.resolve(".git");
    }

    @Test
    void theLocksOfAWriteWhoseProcessIsGoneAreDeletedAndTheNextCommitWorks() throws Exception {
        // the same pid started at another time: a fix-engineer restarted in its container (pid 1 again)
        String previous = ProcessHandle.current().pid() + "-12345";
        Files.writeString(gitDir.resolve("healing-write-" + previous), "");
        Files.writeString(gitDir.resolve("index.lock"), "");
        Files.writeString(gitDir.resolve("refs/heads/main.lock"), "");

        Files.writeString(dir.resolve("c.properties"), "a=2\n");
        try (GitWorkTree tree = GitWorkTree.open(dir, tmp.resolve("hooks"))) {
            tree.commit("c.properties", "a=2", new PersonIdent("healing", "healing@localhost"));
            assertTrue(tree.isClean("c.properties"));
        }
        assertFalse(Files.exists(gitDir.resolve("index.lock")));
        assertFalse(Files.exists(gitDir.resolve("refs/heads/main.lock")));
        assertEquals(0, markers());
    }

    @Test
    void aLockNoWriteOfOursMarkedIsKeptAndTheCommitFailsAsGitWould() throws Exception {
        Files.writeString(gitDir.resolve("index.lock"), "");
        Files.writeString(dir.resolve("c.properties"), "a=2\n");
        try (GitWorkTree tree = GitWorkTree.open(dir, tmp.resolve("hooks"))) {
            assertThrows(Exception.class,
                    () -> tree.commit("c.properties", "a=2", new PersonIdent("healing", "healing@localhost")));
        }
        assertTrue(Files.exists(gitDir.resolve("index.lock")));
        assertEquals(0, markers(), "our own marker is removed even when the write fails");
    }

    @Test
    void aLockOlderThanTheDeadWritersMarkerIsNotItsOwn() throws Exception {
        Path lock = gitDir.resolve("index.lock");
        Files.writeString(lock, "");
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(600)));
        Files.writeString(gitDir.resolve("healing-write-" + ProcessHandle.current().pid() + "-12345"), "");

        AbandonedLocks.clear(gitDir, gitDir);

        assertTrue(Files.exists(lock));
        assertEquals(0, markers());
    }

    @Test
    void inALinkedWorkTreeTheRefLocksAreClearedInTheCommonDirectory() throws Exception {
        Path linked = Files.createDirectories(gitDir.resolve("worktrees/second"));
        Files.writeString(linked.resolve("healing-write-" + ProcessHandle.current().pid() + "-12345"), "");
        Files.writeString(linked.resolve("index.lock"), "");
        Files.writeString(gitDir.resolve("refs/heads/main.lock"), "");

        AbandonedLocks.clear(linked, gitDir);

        assertFalse(Files.exists(linked.resolve("index.lock")));
        assertFalse(Files.exists(gitDir.resolve("refs/heads/main.lock")));
    }

    @Test
    void theLocksOfALiveWriterAreKept() throws Exception {
        Files.writeString(gitDir.resolve("healing-write-" + AbandonedLocks.self()), "");
        Files.writeString(gitDir.resolve("index.lock"), "");

        AbandonedLocks.clear(gitDir, gitDir);

        assertTrue(Files.exists(gitDir.resolve("index.lock")));
        assertTrue(AbandonedLocks.alive(AbandonedLocks.self()));
        assertFalse(AbandonedLocks.alive(ProcessHandle.current().pid() + "-12345"));
        assertTrue(AbandonedLocks.alive("not-a-marker-of-ours"), "an unreadable name never deletes anything");
    }

    private long markers() throws Exception {
        try (Stream<Path> files = Files.list(gitDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("healing-write-")).count();
        }
    }
}
