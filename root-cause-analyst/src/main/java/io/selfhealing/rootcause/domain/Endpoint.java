package io.selfhealing.rootcause.domain;

import java.util.Locale;

/**
 * A network place: host (lower case, may be null) and port (0 when unknown). What a log line
 * talks to, or where a declared dependency listens.
 */
public record Endpoint(String host, int port) {

    public Endpoint {
        host = host == null || host.isBlank() ? null : host.toLowerCase(Locale.ROOT);
    }

    public boolean loopback() {
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                || host.equals("0.0.0.0"));
    }
}
