package io.selfhealing.fix.service;

import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
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
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jboss.logging.Logger;

/**
 * Carries out APPLY and REVERT commands on the target's declared config file, once per command:
 * a command whose id is already in a commit's {@code Healing-Command:} trailer is answered again
 * from that commit.
 */
@ApplicationScoped
public class CommandService {

    private static final Logger LOG = Logger.getLogger(CommandService.class);

    private final TargetDirectory targets;
    private final GitChanges changes;
    private final int historyDepth;
    private final Path noHooks;

    public CommandService(TargetDirectory targets, GitChanges changes, FixEngineerConfig config) {
        this.targets = targets;
        this.changes = changes;
        this.historyDepth = config.git().historyDepth();
        try {
            this.noHooks = Files.createTempDirectory("fix-engineer-no-hooks");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blocking (JGit). The result to publish, or empty for commands of other services. */
    public Optional<FixExecuted> handle(CommandIssued command) {
        if (command.type() != CommandType.APPLY && command.type() != CommandType.REVERT) {
            return Optional.empty();
        }
        try {
            GitFile file = fileOf(command);
            try (GitWorkTree tree = GitWorkTree.open(file.repository(), noHooks)) {
                Optional<RevCommit> done = tree.findByTrailer(CommitMessages.COMMAND_TRAILER,
                        command.header().eventId(), historyDepth);
                if (done.isPresent()) {
                    LOG.infof("command %s already committed as %s; answering again", command.header().eventId(),
                            done.get().getName());
                    return Optional.of(Results.committed(command, done.get()));
                }
                return Optional.of(command.type() == CommandType.APPLY ? changes.apply(command, file, tree)
                        : changes.revert(command, file, tree, historyDepth));
            }
        } catch (FixRefused e) {
            return Optional.of(Results.failed(command, e.getMessage()));
        } catch (IOException | GitAPIException | RuntimeException e) {
            LOG.errorf(e, "command %s failed", command.header().eventId());
            return Optional.of(Results.failed(command, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** The target's declared config file; every resource of the plan must be that file. */
    private GitFile fileOf(CommandIssued command) {
        String targetId = command.header().targetId();
        GitFile declared = targets.configOf(targetId).orElseThrow(() -> new FixRefused(
                "target " + targetId + " declares no config location; nothing to " + command.type()));
        if (command.plan() != null) {
            for (ResourceRef resource : command.plan().resources()) {
                if (!GitFile.of(resource).equals(declared)) {
                    throw new FixRefused(resource.describe() + " is not the declared config file of target "
                            + targetId + " (" + declared.file() + ")");
                }
            }
        }
        return declared;
    }
}
