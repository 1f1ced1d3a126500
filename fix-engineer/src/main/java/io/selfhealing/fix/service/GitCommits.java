package io.selfhealing.fix.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.fix.config.FixEngineerConfig;
import io.selfhealing.fix.domain.CommitMessages;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.GitFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jboss.logging.Logger;

/**
 * What both git actuators share: the target's declared file, once-per-command execution (a command
 * whose id is in a commit's {@code Healing-Command:} trailer is answered again from that commit),
 * writing + committing (+ pushing) a new version, and committing the version backup-manager restored.
 */
@ApplicationScoped
public class GitCommits {

    private static final Logger LOG = Logger.getLogger(GitCommits.class);

    /** One operation on an open work tree. */
    interface TreeOp {
        FixExecuted run(GitWorkTree tree) throws IOException, GitAPIException;
    }

    private final FixEngineerConfig.Git git;
    private final Path noHooks;

    public GitCommits(FixEngineerConfig config) {
        this.git = config.git();
        try {
            this.noHooks = Files.createTempDirectory("fix-engineer-no-hooks");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The target's declared config file, empty if it declares none. */
    static Optional<GitFile> declared(TargetSpec target) {
        return Optional.ofNullable(target.config()).map(c -> GitFile.of(c.repository(), c.file()));
    }

    /** The declared file; every resource of the command's plan must be that file. */
    static GitFile fileOf(CommandIssued command, TargetSpec target) {
        GitFile file = declared(target).orElseThrow(() -> new FixRefused(
                "target " + target.id() + " declares no config location; nothing to " + command.type()));
        for (ResourceRef resource : command.plan().resources()) {
            if (!GitFile.of(resource).equals(file)) {
                throw new FixRefused(resource.describe() + " is not the declared config file of target "
                        + target.id() + " (" + file.file() + ")");
            }
        }
        return file;
    }

    /** Runs {@code op} on the file's work tree unless the command was already committed (or has expired). */
    FixExecuted once(CommandIssued command, GitFile file, TreeOp op) {
        try (GitWorkTree tree = GitWorkTree.open(file.repository(), noHooks)) {
            Optional<RevCommit> done = tree.findByTrailer(CommitMessages.COMMAND_TRAILER,
                    command.header().eventId(), git.historyDepth());
            if (done.isPresent()) {
                LOG.infof("command %s already committed as %s; answering again", command.header().eventId(),
                        done.get().getName());
                return Results.committed(command, done.get());
            }
            CommandService.refuseIfExpired(command);
            return op.run(tree);
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    void requireClean(GitWorkTree tree, GitFile file) throws GitAPIException {
        if (!tree.isClean(file.path())) {
            throw new FixRefused(file.path() + " has uncommitted changes in " + file.repository() + "; refusing to edit it");
        }
    }

    /** Writes {@code content} atomically and commits it (and pushes if the target asks); undone on failure. */
    FixExecuted commitNew(CommandIssued command, TargetSpec target, GitFile file, GitWorkTree tree, byte[] content,
            String message) throws IOException, GitAPIException {
        byte[] original = Files.readAllBytes(file.file());
        writeAtomically(file.file(), content);
        RevCommit commit;
        try {
            commit = tree.commit(file.path(), message, ident());
        } catch (IOException | GitAPIException | RuntimeException e) {
            writeAtomically(file.file(), original);
            throw e;
        }
        if (target.config().pushes()) {
            Optional<String> failed = tree.push();
            if (failed.isPresent()) {
                tree.dropLastCommit();
                writeAtomically(file.file(), original);
                throw new FixRefused("push to origin failed, the commit was undone: " + failed.get());
            }
        }
        return Results.committed(command, commit);
    }

    /** REVERT of either git actuator: commits the declared file as backup-manager restored it, once. */
    FixExecuted commitRestored(CommandIssued command, TargetSpec target) {
        GitFile file = fileOf(command, target);
        return once(command, file, tree -> commitRestored(command, target, file, tree));
    }

    /** Commits the file as restored by backup-manager, as a revert of the incident's fix commit. */
    private FixExecuted commitRestored(CommandIssued command, TargetSpec target, GitFile file, GitWorkTree tree)
            throws IOException, GitAPIException {
        if (tree.isClean(file.path())) {
            RevCommit head = tree.head().orElseThrow(() -> new FixRefused(file.repository() + " has no commits"));
            return Results.unchanged(command, head);
        }
        String incidentId = command.header().incidentId();
        Optional<RevCommit> fix = tree.find(c -> c.getShortMessage().startsWith(CommitMessages.FIX_PREFIX)
                && GitWorkTree.hasTrailer(c, CommitMessages.INCIDENT_TRAILER, String.valueOf(incidentId)),
                git.historyDepth());
        String message = fix.map(f -> CommitMessages.revert(f.getShortMessage(), f.getName(), incidentId,
                        command.header().eventId()))
                .orElseGet(() -> CommitMessages.restore(file.path(), incidentId, command.header().eventId()));
        RevCommit commit = tree.commit(file.path(), message, ident());
        if (target.config().pushes()) {
            tree.push().ifPresent(reason -> {
                throw new FixRefused("revert committed as " + commit.getName() + " but push to origin failed: " + reason);
            });
        }
        return Results.committed(command, commit);
    }

    private PersonIdent ident() {
        return new PersonIdent(git.authorName(), git.authorEmail());
    }

    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".healing");
        try {
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
