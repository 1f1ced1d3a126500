package io.selfhealing.fix.domain;

import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import java.util.Optional;

/**
 * One allow-listed fix of the catalog: which issue it answers, how it proposes a bounded change of
 * a target's config file, and which changes it accepts when asked to apply them.
 */
public interface FixType {

    /** The {@code fixType} of its plans, e.g. {@code increase_delay}. */
    String name();

    /** The diagnosis {@code issueType} it answers, e.g. {@code rate_limiting}. */
    String issueType();

    /** A plan for the config file {@code resource} with content {@code config}, or why there is none. */
    Proposal propose(ResourceRef resource, PropertiesText config);

    /** Why {@code change} is outside this fix type's bounds, or empty if it may be applied. */
    Optional<String> reject(ParameterChange change);
}
