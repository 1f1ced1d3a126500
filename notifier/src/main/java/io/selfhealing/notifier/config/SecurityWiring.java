package io.selfhealing.notifier.config;

import io.quarkus.vertx.http.security.HttpSecurity;
import io.selfhealing.common.security.AccessWiring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The coordinator's access model ({@link AccessWiring}): bearer tokens with viewer &lt; operator &lt; admin,
 * HTTP basic only where {@code healing.security.basic-auth} is on (the local run).
 */
@ApplicationScoped
public class SecurityWiring {

    void configure(@Observes HttpSecurity http) {
        Config config = ConfigProvider.getConfig();
        AccessWiring.configure(http, config.getOptionalValue("healing.security.basic-auth", Boolean.class).orElse(false),
                config.getOptionalValue(AccessWiring.PASSWORD_KEY, String.class).orElse(""));
    }
}
