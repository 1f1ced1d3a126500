package io.selfhealing.demo.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Creates the tunables file with the default values as the first commit of a new git repository in
 * the file's directory, unless the file already exists (then nothing is touched).
 */
public final class ConfigRepoSeed {

    private final PersonIdent author;

    public ConfigRepoSeed(PersonIdent author) {
        this.author = author;
    }

    /** @return true when the repository was created now, false when the file was already there */
    public boolean seed(Path file) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Tunables d = Tunables.DEFAULTS;
        Files.writeString(file, """
                # Tunables of the demo target; the self-healing platform may change them (bounded).
                # Delay between two calls to the upstream service, in milliseconds.
                %s=%d
                # Items requested per call.
                %s=%d
                # Timeout of one upstream call, in milliseconds.
                %s=%d
                """.formatted(Tunables.DELAY_KEY, d.upstreamDelayMs(), Tunables.BATCH_KEY, d.batchSize(),
                Tunables.TIMEOUT_KEY, d.requestTimeoutMs()));
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(file.getFileName().toString()).call();
            git.commit().setMessage("Initial demo-target configuration").setAuthor(author).setCommitter(author)
                    .setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot create the config repository in " + dir, e);
        }
        return true;
    }
}
