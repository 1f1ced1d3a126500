package io.selfhealing.notifier.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where receivers' secrets come from: the process environment. A system property of the same name is read as
 * well, so that a test JVM can provide them without changing its own environment.
 */
@ApplicationScoped
public class Environment {

    public String get(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(null);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
