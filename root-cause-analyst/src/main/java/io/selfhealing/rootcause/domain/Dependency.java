package io.selfhealing.rootcause.domain;

import io.selfhealing.events.HealthReported;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A declared dependency of a target with its latest health in the window.
 *
 * @param type   probe type from the targets file (postgresql, http, host, ...)
 * @param health latest report within the window, null when none
 * @param probe  the dependency's probe settings from the targets file (url, host, port,
 *               bootstrapServers...): where it listens, to attribute error lines to it
 */
public record Dependency(String id, String type, HealthReported health, Map<String, Object> probe) {

    private static final Set<String> DATABASES = Set.of("postgresql", "postgres", "mysql", "mariadb", "oracle",
            "mssql", "sqlserver", "mongodb", "cockroachdb");
    private static final Set<String> RESOURCES = Set.of("host", "process");

    public Dependency {
        probe = probe == null ? Map.of() : Map.copyOf(probe);
    }

    /** A dependency without probe settings (the shape before attribution). */
    public Dependency(String id, String type, HealthReported health) {
        this(id, type, health, Map.of());
    }

    public boolean isDatabase() {
        return type != null && DATABASES.contains(type.toLowerCase(Locale.ROOT));
    }

    /** A machine or process the target runs on (its CPU and memory), not a service it calls. */
    public boolean isResource() {
        return type != null && RESOURCES.contains(type.toLowerCase(Locale.ROOT));
    }

    /** The kind of resource, in {@link LineFacts}' terms (database, http, redis, kafka), or null. */
    public String kind() {
        if (isDatabase()) {
            return LineFacts.DATABASE;
        }
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "http", "https", "grpc" -> LineFacts.HTTP;
            case "redis" -> LineFacts.REDIS;
            case "kafka" -> LineFacts.KAFKA;
            default -> null;
        };
    }

    /** Where the dependency listens, from its probe's url / host + port / bootstrapServers. */
    public List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        Object url = probe.get("url");
        if (url instanceof String s && !s.isBlank()) {
            uri(s.startsWith("jdbc:") ? s.substring(5) : s).ifPresent(out::add);
        }
        Object host = probe.get("host");
        if (host instanceof String h && !h.isBlank()) {
            out.add(new Endpoint(h, number(probe.get("port"))));
        }
        Object servers = probe.get("bootstrapServers");
        if (servers instanceof String s) {
            for (String server : s.split(",")) {
                int colon = server.lastIndexOf(':');
                out.add(colon < 0 ? new Endpoint(server.trim(), 0)
                        : new Endpoint(server.substring(0, colon).trim(), number(server.substring(colon + 1).trim())));
            }
        }
        return out;
    }

    private static java.util.Optional<Endpoint> uri(String text) {
        try {
            URI u = URI.create(text.trim());
            if (u.getHost() == null) {
                return java.util.Optional.empty();
            }
            int port = u.getPort() > 0 ? u.getPort() : switch (String.valueOf(u.getScheme()).toLowerCase(Locale.ROOT)) {
                case "https" -> 443;
                case "http" -> 80;
                case "postgresql", "postgres" -> 5432;
                case "mysql", "mariadb" -> 3306;
                case "redis" -> 6379;
                default -> 0;
            };
            return java.util.Optional.of(new Endpoint(u.getHost(), port));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static int number(Object v) {
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return v == null ? 0 : Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
