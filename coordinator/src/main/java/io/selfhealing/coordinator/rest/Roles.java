package io.selfhealing.coordinator.rest;

import io.selfhealing.common.security.AccessWiring;

/**
 * The three roles (the {@code groups} claim of a bearer token, or the local run's basic users).
 * An operator is also a viewer and an admin is also both: {@link AccessWiring}
 * maps the roles, so an endpoint names only the least role it needs.
 */
public final class Roles {

    /** Reads: incidents, health, report, the live stream. */
    public static final String VIEWER = AccessWiring.VIEWER;
    /** Decisions: approve, reject, rollback, trigger a check, acknowledge, silence, maintenance. */
    public static final String OPERATOR = AccessWiring.OPERATOR;
    /** Switches: notification routes, autonomous mode, dry run. */
    public static final String ADMIN = AccessWiring.ADMIN;

    private Roles() {
    }
}
