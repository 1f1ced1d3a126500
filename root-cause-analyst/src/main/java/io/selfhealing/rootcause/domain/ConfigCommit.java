package io.selfhealing.rootcause.domain;

import java.time.Instant;

/** The last commit that touched a target's config file. */
public record ConfigCommit(String id, Instant time, String subject) {
}
