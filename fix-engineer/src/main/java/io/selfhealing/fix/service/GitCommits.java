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
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
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

    /** What an APPLY writes, made from the file's {@code current} bytes; FixRefused if the plan does not fit them. */
    interface Edit {
        byte[] apply(GitWorkTree tree, byte[] current) throws IOException, GitAPIException;
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

    /**
     * Runs {@code op} on the file's work tree unless the command was already committed: then answers
     * again from that commit, whether or not the command has expired since (pushing it first if the
     * target pushes: a crash may have come between the commit and its push; a push that is up to
     * date changes nothing).
     */
    FixExecuted once(CommandIssued command, TargetSpec target, GitFile file, TreeOp op) {
        try (GitWorkTree tree = GitWorkTree.open(file.repository(), noHooks)) {
            Optional<RevCommit> done = tree.findByTrailer(CommitMessages.COMMAND_TRAILER,
                    command.header().eventId(), git.historyDepth());
            if (done.isPresent()) {
                LOG.infof("command %s already committed as %s; answering again", command.header().eventId(),
                        done.get().getName());
                if (target.config().pushes()) {
                    tree.push().ifPresent(reason -> {
                        throw new FixRefused("committed as " + done.get().getName() + " but push to origin failed: "
                                + reason);
                    });
                }
                return Results.committed(command, done.get());
            }
            return op.run(tree);
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * APPLY of either git actuator, once. A clean file: writes {@code edit} of it and commits. A file
     * whose only uncommitted change is exactly {@code edit} of its HEAD version is this command's own
     * write interrupted before its commit (a crash; the command is then redelivered): committed as is
     * (or, if the command has expired, undone). Any other uncommitted change of the file is a
     * person's: refused and left alone. Other files are never touched nor committed.
     */
    FixExecuted apply(CommandIssued command, TargetSpec target, GitFile file, Edit edit) {
        String message = CommitMessages.apply(command.plan(), command.header().incidentId(),
                command.header().eventId());
        return once(command, target, file, tree -> {
            if (tree.isClean(file.path())) {
                CommandService.refuseIfExpired(command);
                byte[] current = Files.readAllBytes(file.file());
                return commitNew(command, target, file, tree, current, edit.apply(tree, current), message);
            }
            byte[] committed = interruptedWrite(tree, file, edit);
            if (command.expiredAt(Instant.now())) {
                restore(tree, file, committed);
                LOG.warnf("command %s expired; undid its interrupted write of %s", command.header().eventId(),
                        file.path());
                CommandService.refuseIfExpired(command);
            }
            LOG.warnf("%s holds command %s's write, interrupted before its commit; committing it", file.path(),
                    command.header().eventId());
            return commitNew(command, target, file, tree, committed, Files.readAllBytes(file.file()), message);
        });
    }

    /** HEAD's version of the file when its uncommitted change is exactly {@code edit} of it; else refused. */
    private static byte[] interruptedWrite(GitWorkTree tree, GitFile file, Edit edit)
            throws IOException, GitAPIException {
        String refusal = file.path() + " has uncommitted changes in " + file.repository()
                + " that are not this command's own interrupted write; refusing to edit it";
        if (!tree.onlyEdited(file.path())) {
            throw new FixRefused(refusal + " (the file is added, deleted or staged with other content)");
        }
        byte[] committed = tree.contentAt(Constants.HEAD, file.path())
                .orElseThrow(() -> new FixRefused(refusal));
        byte[] intended;
        try {
            intended = edit.apply(tree, committed);
        } catch (FixRefused e) {
            throw new FixRefused(refusal + " (" + e.getMessage() + ")");
        }
        if (!Arrays.equals(intended, Files.readAllBytes(file.file()))) {
            throw new FixRefused(refusal);
        }
        return committed;
    }

    /** Writes {@code content} atomically and commits it (and pushes if the target asks); undone on failure. */
    private FixExecuted commitNew(CommandIssued command, TargetSpec target, GitFile file, GitWorkTree tree,
            byte[] original, byte[] content, String message) throws IOException, GitAPIException {
        writeAtomically(file.file(), content);
        RevCommit commit;
        try {
            commit = tree.commit(file.path(), message, ident());
        } catch (IOException | GitAPIException | RuntimeException e) {
            try {
                restore(tree, file, original);
            } catch (IOException | GitAPIException | RuntimeException undo) {
                e.addSuppressed(undo);
            }
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

    /** Puts {@code original} back in the work tree and the index (nothing of ours left staged). */
    private static void restore(GitWorkTree tree, GitFile file, byte[] original) throws IOException, GitAPIException {
        writeAtomically(file.file(), original);
        tree.unstage(file.path());
    }

    /** REVERT of either git actuator: commits the declared file as backup-manager restored it, once. */
    FixExecuted commitRestored(CommandIssued command, TargetSpec target) {
        GitFile file = fileOf(command, target);
        return once(command, target, file, tree -> {
            CommandService.refuseIfExpired(command);
            return commitRestored(command, target, file, tree);
        });
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
