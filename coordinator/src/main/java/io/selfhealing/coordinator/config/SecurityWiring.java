package io.selfhealing.coordinator.config;

import io.quarkus.vertx.http.security.HttpSecurity;
import io.selfhealing.common.security.AccessWiring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/** Roles admin ⊇ operator ⊇ viewer and HTTP basic only where switched on: {@link AccessWiring}. */
@ApplicationScoped
public class SecurityWiring {

    void configure(@Observes HttpSecurity http, SecurityConfig config) {
        AccessWiring.configure(http, config.basicAuth(), ConfigProvider.getConfig()
                .getOptionalValue(AccessWiring.PASSWORD_KEY, String.class).orElse(""));
    }
}
