package io.selfhealing.rootcause.domain;

import io.selfhealing.events.HealthReported;
import java.util.Set;

/**
 * A declared dependency of a target with its latest health in the window.
 *
 * @param type   probe type from the targets file (postgresql, http, host, ...)
 * @param health latest report within the window, null when none
 */
public record Dependency(String id, String type, HealthReported health) {

    private static final Set<String> DATABASES = Set.of("postgresql", "mysql", "mariadb", "oracle", "mssql");
    private static final Set<String> RESOURCES = Set.of("host", "process");

    public boolean isDatabase() {
        return DATABASES.contains(type);
    }

    /** A machine or process the target runs on (its CPU and memory), not a service it calls. */
    public boolean isResource() {
        return RESOURCES.contains(type);
    }
}
