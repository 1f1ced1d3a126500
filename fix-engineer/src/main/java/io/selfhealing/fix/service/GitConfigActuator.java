package io.selfhealing.fix.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.fix.domain.ConfigText;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import io.selfhealing.fix.domain.GitFile;
import io.selfhealing.fix.domain.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * {@code git-config}: edits one value of the target's config file (properties, YAML, .env) in place
 * and commits it with trailers; reverts by committing what backup-manager restored.
 */
@ApplicationScoped
public class GitConfigActuator implements Actuator {

    private final GitCommits commits;

    public GitConfigActuator(GitCommits commits) {
        this.commits = commits;
    }

    @Override
    public boolean answersRepeats() {
        return true;
    }

    @Override
    public String name() {
        return FixSpec.GIT_CONFIG;
    }

    @Override
    public Optional<Reading> read(TargetSpec target, FixSpec spec) {
        Optional<GitFile> declared = GitCommits.declared(target);
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        GitFile file = declared.get();
        String key = ConfigText.keyIn(file.path(), spec.parameter());
        try {
            String value = ConfigText.of(file.path(), Files.readAllBytes(file.file())).value(key)
                    .orElseThrow(() -> new FixRefused(file.toResource().describe() + " does not define " + key
                            + "; nothing to tune"));
            return Optional.of(Reading.of(file.toResource(), key, value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.file() + ": " + e.getMessage(), e);
        }
    }

    /** Checks the file still has each planned {@code fromValue}, edits only the planned values, commits. */
    @Override
    public FixExecuted apply(CommandIssued command, TargetSpec target, FixSpec spec) {
        GitFile file = GitCommits.fileOf(command, target);
        return commits.apply(command, target, file, (tree, current) -> edited(command, spec, file, current));
    }

    private static byte[] edited(CommandIssued command, FixSpec spec, GitFile file, byte[] current) {
        ConfigText text = ConfigText.of(file.path(), current);
        for (ParameterChange change : command.plan().changes()) {
            if (!change.key().equals(ConfigText.keyIn(file.path(), spec.parameter()))) {
                throw new FixRefused(change.key() + " is not the name of " + spec.parameter().key() + " in "
                        + file.path());
            }
            String value = text.value(change.key()).orElse(null);
            if (!change.fromValue().equals(value)) {
                throw new FixRefused(change.key() + " is " + value + ", not " + change.fromValue()
                        + " as planned; the file changed since the proposal");
            }
            text = text.withValue(change.key(), change.toValue());
        }
        return text.bytes();
    }

    @Override
    public FixExecuted revert(CommandIssued command, TargetSpec target, FixSpec spec) {
        return commits.commitRestored(command, target);
    }
}
