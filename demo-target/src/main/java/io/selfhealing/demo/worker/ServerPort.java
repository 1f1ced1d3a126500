package io.selfhealing.demo.worker;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.HttpServerStart;
import org.eclipse.microprofile.config.ConfigProvider;

/** The port the HTTP server actually listens on (a random one in tests). */
final class ServerPort {

    private ServerPort() {
    }

    static int actual(HttpServerStart event) {
        int port = event.options().getPort();
        if (port > 0) {
            return port;
        }
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getValue(key, Integer.class);
    }
}
