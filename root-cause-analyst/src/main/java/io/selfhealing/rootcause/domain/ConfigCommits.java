package io.selfhealing.rootcause.domain;

import io.selfhealing.common.targets.TargetSpec.ConfigLocation;
import java.util.Optional;

/** Looks up the last commit that touched a target's config file. */
@FunctionalInterface
public interface ConfigCommits {

    Optional<ConfigCommit> last(ConfigLocation location);

    ConfigCommits NONE = location -> Optional.empty();
}
