package io.selfhealing.demo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigRepoSeedTest {

    @TempDir
    Path dir;

    private final ConfigRepoSeed seed = new ConfigRepoSeed(new PersonIdent("t", "t@localhost"));

    @Test
    void aMissingFileBecomesTheFirstCommitOfANewRepositoryWithTheDefaults() throws Exception {
        Path file = dir.resolve("repo/demo-target.properties");
        assertTrue(seed.seed(file));
        assertEquals(Tunables.DEFAULTS, TunablesParser.parse(Files.readString(file)));
        try (Git git = Git.open(dir.resolve("repo").toFile())) {
            List<RevCommit> commits = new java.util.ArrayList<>();
            git.log().call().forEach(commits::add);
            assertEquals(1, commits.size());
            assertTrue(git.status().call().isClean());
        }
    }

    @Test
    void anExistingFileIsLeftAsItIs() throws Exception {
        Path file = dir.resolve("demo-target.properties");
        Files.writeString(file, "upstream.delay.ms=1200\n");
        assertFalse(seed.seed(file));
        assertEquals("upstream.delay.ms=1200\n", Files.readString(file));
        assertFalse(Files.exists(dir.resolve(".git")));
    }
}
