package io.selfhealing.rootcause.repository;

import io.selfhealing.common.targets.TargetSpec.ConfigLocation;
import io.selfhealing.rootcause.domain.ConfigCommit;
import io.selfhealing.rootcause.domain.ConfigCommits;
import java.io.File;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jboss.logging.Logger;

/** Reads the last commit that touched a config file with JGit (read only). */
public class GitConfigCommits implements ConfigCommits {

    private static final Logger LOG = Logger.getLogger(GitConfigCommits.class);

    @Override
    public Optional<ConfigCommit> last(ConfigLocation location) {
        if (location == null) {
            return Optional.empty();
        }
        try (Git git = Git.open(new File(location.repository()))) {
            if (git.getRepository().resolve("HEAD") == null) {
                return Optional.empty();
            }
            Iterator<RevCommit> log = git.log().addPath(location.file()).setMaxCount(1).call().iterator();
            if (!log.hasNext()) {
                return Optional.empty();
            }
            RevCommit c = log.next();
            return Optional.of(new ConfigCommit(c.getName(), Instant.ofEpochSecond(c.getCommitTime()),
                    c.getShortMessage()));
        } catch (Exception e) {
            LOG.warnf("cannot read the last commit of %s in %s: %s", location.file(), location.repository(),
                    e.getMessage());
            return Optional.empty();
        }
    }
}
