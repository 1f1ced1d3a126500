package io.selfhealing.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository in a temp dir holding one target's config file, declared in the test targets YAML. */
final class TestRepo {

    static final String FILE = "demo-target.properties";
    static final Path TARGETS = Path.of("target/test-targets.yaml");
    private static final List<String> DECLARED = new ArrayList<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final String targetId;
    final Path dir;

    private TestRepo(String targetId, Path dir) {
        this.targetId = targetId;
        this.dir = dir;
    }

    /** A committed repository with {@code content} as the config file, declared as a new target. */
    static TestRepo create(byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("fix-repo");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.write(dir.resolve(FILE), content);
            git.add().addFilepattern(FILE).call();
            PersonIdent me = new PersonIdent("test", "test@localhost");
            git.commit().setMessage("initial config").setAuthor(me).setCommitter(me).setSign(false).call();
        }
        String id = "target-" + COUNTER.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
        declare("  - {id: " + id + ", type: http, config: {repository: \"" + dir + "\", file: " + FILE + "}}\n");
        return new TestRepo(id, dir);
    }

    static synchronized void declare(String entry) throws IOException {
        DECLARED.add(entry);
        Files.createDirectories(TARGETS.getParent());
        Files.writeString(TARGETS, "targets:\n" + String.join("", DECLARED));
    }

    Path file() {
        return dir.resolve(FILE);
    }

    List<RevCommit> commits() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            List<RevCommit> all = new ArrayList<>();
            git.log().call().forEach(all::add);
            return all;
        }
    }

    boolean clean() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            return git.status().call().isClean();
        }
    }
}
