package io.selfhealing.fix.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.fix.domain.CommitMessages;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import io.selfhealing.fix.domain.GitFile;
import io.selfhealing.fix.domain.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * {@code git-revert} (revert_config_commit): undoes the newest commit of the target's config file
 * when a person (not the platform) made it, by committing the file as it was in that commit's
 * parent. Only the declared file is touched, even if the commit changed others.
 */
@ApplicationScoped
public class GitRevertActuator implements Actuator {

    private final GitCommits commits;

    public GitRevertActuator(GitCommits commits) {
        this.commits = commits;
    }

    @Override
    public boolean answersRepeats() {
        return true;
    }

    @Override
    public String name() {
        return FixSpec.GIT_REVERT;
    }

    /** current = the newest commit of the file, proposed = its parent. */
    @Override
    public Optional<Reading> read(TargetSpec target, FixSpec spec) {
        Optional<GitFile> declared = GitCommits.declared(target);
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        GitFile file = declared.get();
        try (GitWorkTree tree = GitWorkTree.readOnly(file.repository())) {
            RevCommit last = revertible(tree, file);
            return Optional.of(new Reading(file.toResource(), FixSpec.COMMIT_KEY, last.getName(),
                    last.getParent(0).getName(), null, null));
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException("cannot read the history of " + file.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public FixExecuted apply(CommandIssued command, TargetSpec target, FixSpec spec) {
        GitFile file = GitCommits.fileOf(command, target);
        ParameterChange change = command.plan().changes().get(0);
        if (command.plan().changes().size() != 1) {
            throw new FixRefused(FixSpec.GIT_REVERT + " reverts exactly one commit");
        }
        return commits.apply(command, target, file, (tree, current) -> {
            RevCommit last = revertible(tree, file);
            if (!last.getName().equals(change.fromValue()) || !last.getParent(0).getName().equals(change.toValue())) {
                throw new FixRefused("the newest commit of " + file.path() + " is " + last.getName()
                        + ", not " + change.fromValue() + " as planned; the history changed since the proposal");
            }
            return tree.contentAt(change.toValue(), file.path()).orElseThrow(() -> new FixRefused(
                    file.path() + " does not exist before " + change.fromValue() + "; reverting would delete it"));
        });
    }

    @Override
    public FixExecuted revert(CommandIssued command, TargetSpec target, FixSpec spec) {
        return commits.commitRestored(command, target);
    }

    /** The newest commit of the file, if a person made it and it has a parent. */
    private static RevCommit revertible(GitWorkTree tree, GitFile file) throws GitAPIException {
        RevCommit last = tree.lastCommitOf(file.path())
                .orElseThrow(() -> new FixRefused(file.path() + " has no commits; nothing to revert"));
        if (GitWorkTree.hasTrailer(last, CommitMessages.COMMAND_TRAILER, null)
                || last.getShortMessage().startsWith(CommitMessages.FIX_PREFIX)) {
            throw new FixRefused("the newest commit of " + file.path() + " (" + last.getName()
                    + ") is the platform's own; a person must decide what to revert");
        }
        if (last.getParentCount() == 0) {
            throw new FixRefused("the newest commit of " + file.path() + " is the first one; nothing to revert to");
        }
        return last;
    }
}
