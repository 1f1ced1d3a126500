package io.selfhealing.infra.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A git repository holding one demo target's tunables, as a team keeps its configuration. */
public final class DemoConfigRepo {

    public static final String FILE = "demo-target.properties";

    private DemoConfigRepo() {
    }

    /** Creates (or reuses) the repository with an initial commit of the properties file. */
    public static Path create(Path dir, int delayMs) throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.isDirectory(dir.resolve(".git")) && Files.isRegularFile(file)) {
            return dir;
        }
        Files.createDirectories(dir);
        Files.writeString(file, """
                # Tunables of the demo target; the self-healing platform may change them (bounded).
                # Delay between two calls to the upstream service, in milliseconds.
                upstream.delay.ms=%d
                # Items requested per call.
                batch.size=10
                # Timeout of one upstream call, in milliseconds.
                request.timeout.ms=2000
                """.formatted(delayMs));
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(FILE).call();
            PersonIdent who = new PersonIdent("platform-team", "platform@localhost");
            git.commit().setMessage("Initial demo-target configuration").setAuthor(who).setCommitter(who)
                    .setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot create config repository in " + dir, e);
        }
        return dir;
    }
}
