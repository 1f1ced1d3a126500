package io.selfhealing.common.security;

import io.quarkus.vertx.http.security.HttpSecurity;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One access model for every service with an API people call (coordinator, notifier): roles
 * {@code viewer} (reads) &lt; {@code operator} (decisions) &lt; {@code admin} (switches), so an
 * endpoint names only the least role it needs; bearer tokens (SmallRye JWT, the standard
 * {@code mp.jwt.verify.*} keys) always; HTTP basic with the embedded operator user only where
 * {@code healing.security.basic-auth} is on (the local run), refusing to start without its password.
 */
public final class AccessWiring {

    public static final String VIEWER = "viewer";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";
    /** The embedded operator user's password (HEALING_OPERATOR_PASSWORD). */
    public static final String PASSWORD_KEY = "quarkus.security.users.embedded.users.operator";

    private static final Logger LOG = Logger.getLogger(AccessWiring.class);

    private AccessWiring() {
    }

    /** Call from an observer of {@link HttpSecurity}. */
    public static void configure(HttpSecurity http, boolean basicAuth, String password) {
        http.rolesMapping(Map.of(ADMIN, List.of(ADMIN, OPERATOR, VIEWER), OPERATOR, List.of(OPERATOR, VIEWER)));
        if (basicAuth) {
            if (password == null || password.isBlank()) {
                throw new IllegalStateException("healing.security.basic-auth is on but HEALING_OPERATOR_PASSWORD "
                        + "is not set; set it, or switch basic auth off and use bearer tokens");
            }
            LOG.warn("HTTP basic authentication is on (local run); use bearer tokens anywhere else");
            http.basic();
        }
    }
}
