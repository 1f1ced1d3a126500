package io.selfhealing.fix.service;

import io.selfhealing.common.targets.TargetsFile;
import io.selfhealing.common.warmup.WarmupStep;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.fix.config.FixEngineerConfig;
import io.selfhealing.fix.domain.CommitMessages;
import io.selfhealing.fix.domain.ConfigText;
import io.selfhealing.fix.domain.GitFile;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.jboss.logging.Logger;

/**
 * The APPLY path's first-use costs paid at start, leaving nothing behind: the targets file is read,
 * every declared config repository is opened read-only (history searched for a command trailer,
 * status of the declared file), and a config value is edited and committed in a scratch repository
 * that is then deleted; an APPLY command is decoded and its answer encoded. JGit's first commit
 * otherwise costs the first incident a few hundred milliseconds.
 */
@ApplicationScoped
public class GitWarmup implements WarmupStep {

    private static final Logger LOG = Logger.getLogger(GitWarmup.class);
    private static final String FILE = "warm-up.properties";

    private final FixEngineerConfig config;
    private final Vertx vertx;

    public GitWarmup(FixEngineerConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    @Override
    public String name() {
        return "git (declared repositories read, scratch repository commit)";
    }

    @Override
    public Uni<Void> run() {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            readDeclared();
            scratchCommit();
            return true;
        })).replaceWithVoid();
    }

    private void readDeclared() {
        try {
            TargetsFile.load(Path.of(config.targetsFile())).targets().stream().map(GitCommits::declared)
                    .flatMap(Optional::stream).distinct().forEach(this::read);
        } catch (RuntimeException e) {
            LOG.debugf("warm-up: no declared repository read: %s", e.getMessage());
        }
    }

    private void read(GitFile file) {
        try (GitWorkTree tree = GitWorkTree.readOnly(file.repository())) {
            tree.findByTrailer(CommitMessages.COMMAND_TRAILER, "warm-up", config.git().historyDepth());
            tree.isClean(file.path());
        } catch (IOException | GitAPIException | RuntimeException e) {
            LOG.debugf("warm-up: cannot read %s (the first command on it will say why): %s", file.repository(), e);
        }
    }

    private void scratchCommit() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("fix-engineer-warm-up");
            Git.init().setDirectory(dir.toFile()).call().close();
            Files.writeString(dir.resolve(FILE), "warm.up=1\n");
            CommandIssued command = EventCodec.decode(EventCodec.encode(new CommandIssued(
                    EventHeader.create("coordinator", "warm-up", "warm-up"), CommandType.APPLY, null, null,
                    "warm-up", Instant.now().plusSeconds(30))), CommandIssued.class);
            ConfigText text = ConfigText.of(FILE, Files.readAllBytes(dir.resolve(FILE)));
            GitCommits.writeAtomically(dir.resolve(FILE), text.withValue("warm.up", "2").bytes());
            PersonIdent who = new PersonIdent(config.git().authorName(), config.git().authorEmail());
            try (GitWorkTree tree = GitWorkTree.open(dir, dir.resolve("no-hooks"))) {
                tree.commit(FILE, CommitMessages.restore(FILE, "warm-up", command.header().eventId()), who);
                EventCodec.encode(Results.committed(command, tree.head().orElseThrow()));
            }
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scratch repository " + dir, e);
        }
    }
}
