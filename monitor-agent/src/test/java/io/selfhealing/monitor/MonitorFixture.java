package io.selfhealing.monitor;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.selfhealing.infra.SharedInfra;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real loopback endpoints for the agent to probe and a log file for it to tail, written into a
 * targets YAML before the application starts:
 * <ul>
 * <li>{@code flaky}: answers {@code /health} with the status set by {@code /set?code=N} (200 at first)</li>
 * <li>{@code steady}: always 200</li>
 * <li>{@code hung}: accepts connections and never answers (timeout 3 s)</li>
 * <li>{@code refused}: a port nobody listens on</li>
 * <li>{@code this-host} (host) and {@code orders-db} (the embedded PostgreSQL)</li>
 * <li>{@code pooled-worker} (process: this JVM) with {@code metricsUrl}: a HikariCP pool 19 of 20 in use</li>
 * </ul>
 */
public class MonitorFixture implements QuarkusTestResourceLifecycleManager {

    static final String POOL_PAGE = """
            # TYPE hikaricp_connections_active gauge
            hikaricp_connections_active{pool="HikariPool-1",} 19.0
            hikaricp_connections_max{pool="HikariPool-1",} 20.0
            """;

    private final AtomicInteger flakyCode = new AtomicInteger(200);
    private final List<Socket> hungConnections = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ServerSocket hung;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("monitor-agent-test-");
            Path log = dir.resolve("app.log");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/flaky", exchange -> {
                exchange.sendResponseHeaders(flakyCode.get(), -1);
                exchange.close();
            });
            server.createContext("/set", exchange -> {
                flakyCode.set(Integer.parseInt(exchange.getRequestURI().getQuery().replace("code=", "")));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.createContext("/steady", exchange -> {
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.createContext("/metrics", exchange -> {
                byte[] page = POOL_PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            server.start();
            hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::acceptForever, "hung-endpoint");
            acceptor.setDaemon(true);
            acceptor.start();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path targets = dir.resolve("targets.yaml");
            Files.writeString(targets, yaml(base, log));
            return Map.of(
                    "healing.targets-file", targets.toString(),
                    "healing.monitor.state-dir", dir.resolve("state").toString(),
                    "healing.monitor.heartbeat", "500ms",
                    "fixture.base-url", base,
                    "fixture.log-file", log.toString(),
                    "fixture.dir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String yaml(String base, Path log) throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        return """
                targets:
                  - id: flaky
                    type: http
                    probe: {url: "%1$s/flaky", intervalSeconds: 1, timeoutMs: 1000}
                    logs: [%2$s]
                  - id: steady
                    type: http
                    probe: {url: "%1$s/steady", intervalSeconds: 1, timeoutMs: 1000}
                  - id: hung
                    type: http
                    probe: {url: "http://127.0.0.1:%3$d/health", intervalSeconds: 1, timeoutMs: 3000}
                  - id: refused
                    type: http
                    probe: {url: "http://127.0.0.1:%4$d/health", intervalSeconds: 1, timeoutMs: 1000}
                  - id: this-host
                    type: host
                    probe: {intervalSeconds: 2, timeoutMs: 5000}
                  - id: orders-db
                    type: postgresql
                    probe: {url: "%5$s", intervalSeconds: 2, timeoutMs: 2000}
                  - id: pooled-worker
                    type: process
                    probe: {pattern: "java", intervalSeconds: 2, timeoutMs: 5000, metricsUrl: "%1$s/metrics"}
                """.formatted(base, log, hung.getLocalPort(), closedPort,
                SharedInfra.get().database().jdbcUrl("postgres"));
    }

    private void acceptForever() {
        while (!hung.isClosed()) {
            try {
                hungConnections.add(hung.accept());
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        try {
            if (hung != null) {
                hung.close();
            }
            for (Socket s : hungConnections) {
                s.close();
            }
        } catch (IOException e) {
            // test JVM ends anyway
        }
    }
}
