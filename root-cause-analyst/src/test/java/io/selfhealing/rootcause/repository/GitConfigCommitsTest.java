package io.selfhealing.rootcause.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.common.targets.TargetSpec.ConfigLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class GitConfigCommitsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheLastCommitThatTouchedTheFile() throws Exception {
        Instant configured = Instant.parse("2026-11-23T11:00:00Z");
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            commit(git, "app.properties", "a=1\n", "configure app", configured);
            commit(git, "other.properties", "b=1\n", "unrelated", configured.plusSeconds(600));
        }
        var last = new GitConfigCommits().last(new ConfigLocation(dir.toString(), "app.properties")).orElseThrow();
        assertEquals(configured, last.time());
        assertEquals("configure app", last.subject());
    }

    @Test
    void aMissingRepositoryOrFileIsNoCommit() {
        assertTrue(new GitConfigCommits().last(new ConfigLocation(dir.resolve("none").toString(), "x")).isEmpty());
        assertTrue(new GitConfigCommits().last(null).isEmpty());
    }

    /** A commit with the given author and committer time. */
    public static void commit(Git git, String file, String content, String message, Instant at) throws Exception {
        Files.writeString(git.getRepository().getWorkTree().toPath().resolve(file), content);
        git.add().addFilepattern(file).call();
        PersonIdent who = new PersonIdent("test", "test@example.org", Date.from(at), TimeZone.getTimeZone("UTC"));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
