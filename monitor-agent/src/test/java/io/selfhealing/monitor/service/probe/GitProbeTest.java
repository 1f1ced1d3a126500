package io.selfhealing.monitor.service.probe;

import static io.selfhealing.monitor.service.probe.HostProbeTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitProbeTest {

    @TempDir
    Path dir;

    private final GitProbe probe = new GitProbe(null);

    @Test
    void aCleanRepositoryIsHealthyAndADirtyOneAWarning() throws Exception {
        commit(dir);
        ProbeResult clean = measure(dir);
        assertEquals(HealthStatus.HEALTHY, clean.status(), clean.reasons().toString());
        assertTrue(((Number) check(clean, "objects").details().get("checked")).intValue() >= 3);

        Files.writeString(dir.resolve("app.properties"), "upstream.delay.ms=1200\n");
        ProbeResult dirty = measure(dir);
        assertEquals(HealthStatus.WARNING, dirty.status());
        assertEquals(HealthStatus.WARNING, check(dirty, "worktree").status());
    }

    @Test
    void aCorruptedObjectIsCritical() throws Exception {
        ObjectId blob = commit(dir);
        corrupt(blob);
        ProbeResult result = measure(dir);
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertTrue(result.reasons().get(0).contains(blob.name()), result.reasons().toString());
    }

    @Test
    void theObjectWalkRunsOncePerFsckIntervalAndEveryCheckOnceBroken() throws Exception {
        ObjectId blob = commit(dir);
        Map<String, Object> hourly = Map.of("path", dir.toString(), "fsckInterval", "1h");
        ProbeContext context = Targets.context("git", hourly);
        assertEquals(HealthStatus.HEALTHY, probe.measure(context).status());
        corrupt(blob);
        assertEquals(HealthStatus.HEALTHY, check(probe.measure(context), "objects").status(),
                "within the interval the last walk's verdict stands");

        ProbeContext everyCheck = Targets.context("git", Map.of("path", dir.toString(), "fsckInterval", "0s"));
        assertEquals(HealthStatus.CRITICAL, probe.measure(everyCheck).status());
    }

    @Test
    void aDirectoryThatIsNoRepositoryIsCritical() {
        ProbeResult result = measure(dir);
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertEquals(HealthStatus.CRITICAL, check(result, "repository").status());
    }

    private ProbeResult measure(Path repo) {
        return probe.measure(Targets.context("git", Map.of("path", repo.toString())));
    }

    private void corrupt(ObjectId blob) throws Exception {
        Path file = dir.resolve(".git/objects").resolve(blob.name().substring(0, 2)).resolve(blob.name().substring(2));
        file.toFile().setWritable(true);
        Files.write(file, new byte[] {0x78, 0x01, 0x2b, 0x49, 0x2d, 0x2e, 0x01, 0x00});
    }

    /** Commits one file and returns its blob id. */
    private static ObjectId commit(Path repo) throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            Files.writeString(repo.resolve("app.properties"), "upstream.delay.ms=800\n");
            git.add().addFilepattern("app.properties").call();
            RevCommit commit = git.commit().setMessage("init").setSign(false)
                    .setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
            try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), "app.properties", commit.getTree())) {
                return walk.getObjectId(0);
            }
        }
    }
}
