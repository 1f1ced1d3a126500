package io.selfhealing.coordinator.config;

import io.selfhealing.coordinator.rest.Roles;
import io.quarkus.vertx.http.security.HttpSecurity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Role hierarchy (admin ⊇ operator ⊇ viewer) for every identity, and HTTP basic only when
 * {@code healing.security.basic-auth} is on — refusing to start with it on and no password set.
 */
@ApplicationScoped
public class SecurityWiring {

    private static final Logger LOG = Logger.getLogger(SecurityWiring.class);
    static final String PASSWORD_KEY = "quarkus.security.users.embedded.users.operator";

    void configure(@Observes HttpSecurity http, SecurityConfig config) {
        http.rolesMapping(Map.of(Roles.ADMIN, List.of(Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER),
                Roles.OPERATOR, List.of(Roles.OPERATOR, Roles.VIEWER)));
        if (config.basicAuth()) {
            String password = ConfigProvider.getConfig().getOptionalValue(PASSWORD_KEY, String.class).orElse("");
            if (password.isBlank()) {
                throw new IllegalStateException("healing.security.basic-auth is on but HEALING_OPERATOR_PASSWORD "
                        + "is not set; set it, or switch basic auth off and use bearer tokens");
            }
            LOG.warn("HTTP basic authentication is on (local run); use bearer tokens anywhere else");
            http.basic();
        }
    }
}
