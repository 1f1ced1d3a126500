package io.selfhealing.fix.service;

import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.fix.config.FixEngineerConfig;
import io.selfhealing.fix.domain.CommitMessages;
import io.selfhealing.fix.domain.FixCatalog;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixType;
import io.selfhealing.fix.domain.GitFile;
import io.selfhealing.fix.domain.PropertiesText;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** The git-config actuator: edits a config file in place and commits it, or commits its restored state. */
@ApplicationScoped
public class GitChanges {

    private final FixCatalog catalog;
    private final FixEngineerConfig.Git git;

    public GitChanges(FixCatalog catalog, FixEngineerConfig config) {
        this.catalog = catalog;
        this.git = config.git();
    }

    /** Checks the plan against the catalog and the file, edits only the planned values, commits. */
    FixExecuted apply(CommandIssued command, GitFile file, GitWorkTree tree) throws IOException, GitAPIException {
        FixPlan plan = Optional.ofNullable(command.plan()).orElseThrow(() -> new FixRefused("APPLY without a plan"));
        FixType type = catalog.byName(plan.fixType())
                .orElseThrow(() -> new FixRefused("fix type " + plan.fixType() + " is not in the catalog"));
        if (plan.changes().isEmpty()) {
            throw new FixRefused("the plan changes nothing");
        }
        plan.changes().forEach(c -> type.reject(c).ifPresent(reason -> {
            throw new FixRefused(reason);
        }));
        if (!tree.isClean(file.path())) {
            throw new FixRefused(file.path() + " has uncommitted changes in " + file.repository() + "; refusing to edit it");
        }
        byte[] original = Files.readAllBytes(file.file());
        PropertiesText text = PropertiesText.of(original);
        for (ParameterChange change : plan.changes()) {
            String current = text.value(change.key()).orElse(null);
            if (!change.fromValue().equals(current)) {
                throw new FixRefused(change.key() + " is " + current + ", not " + change.fromValue()
                        + " as planned; the file changed since the proposal");
            }
            text = text.withValue(change.key(), change.toValue());
        }
        String message = CommitMessages.apply(plan, command.header().incidentId(), command.header().eventId());
        return Results.committed(command, writeAndCommit(file, tree, text.bytes(), original, message));
    }

    /** Commits the file as restored by backup-manager, as a revert of the incident's fix commit. */
    FixExecuted revert(CommandIssued command, GitFile file, GitWorkTree tree, int depth)
            throws IOException, GitAPIException {
        if (tree.isClean(file.path())) {
            RevCommit head = tree.head().orElseThrow(() -> new FixRefused(file.repository() + " has no commits"));
            return Results.unchanged(command, head);
        }
        String incidentId = command.header().incidentId();
        Optional<RevCommit> fix = tree.find(c -> c.getShortMessage().startsWith(CommitMessages.FIX_PREFIX)
                && GitWorkTree.hasTrailer(c, CommitMessages.INCIDENT_TRAILER, String.valueOf(incidentId)), depth);
        String message = fix.map(f -> CommitMessages.revert(f.getShortMessage(), f.getName(), incidentId,
                        command.header().eventId()))
                .orElseGet(() -> CommitMessages.restore(file.path(), incidentId, command.header().eventId()));
        return Results.committed(command, tree.commit(file.path(), message, ident()));
    }

    private RevCommit writeAndCommit(GitFile file, GitWorkTree tree, byte[] content, byte[] original, String message)
            throws IOException, GitAPIException {
        writeAtomically(file.file(), content);
        try {
            return tree.commit(file.path(), message, ident());
        } catch (IOException | GitAPIException | RuntimeException e) {
            writeAtomically(file.file(), original);
            throw e;
        }
    }

    private PersonIdent ident() {
        return new PersonIdent(git.authorName(), git.authorEmail());
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".healing");
        try {
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
