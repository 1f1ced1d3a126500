package io.selfhealing.monitor.service.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.selfhealing.events.CheckResult;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.CheckList;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A target's {@code metricsUrl} next to its own probe, against real loopback endpoints. */
class PoolMetricsTest {

    private static final String PAGE = """
            # TYPE hikaricp_connections_active gauge
            hikaricp_connections_active{pool="HikariPool-1",} 19.0
            hikaricp_connections_max{pool="HikariPool-1",} 20.0
            """;

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final ProbeHttpClient http = new ProbeHttpClient();
    private final HttpProbe probe = new HttpProbe(http);
    private final PoolMetrics poolMetrics = new PoolMetrics(http);
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/health", exchange -> send(exchange, 200, "UP"));
        server.createContext("/metrics", exchange -> send(exchange, 200, PAGE));
        server.createContext("/broken-metrics", exchange -> send(exchange, 500, "oops"));
        server.createContext("/huge-metrics", this::sendHuge);
        server.createContext("/hung-metrics", exchange -> {
            awaitRelease();
            send(exchange, 200, PAGE);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
        http.close();
    }

    @Test
    void aNearlyFullPoolMakesTheTargetAWarningNextToItsHttpCheck() throws Exception {
        ProbeResult result = check(base + "/health", base + "/metrics");
        assertEquals(HealthStatus.WARNING, result.status());
        assertEquals("http", result.checks().get(0).name());
        CheckResult pool = result.checks().get(1);
        assertEquals(95.0, pool.details().get("poolUsagePercent"));
        assertEquals(20.0, pool.details().get("poolMax"));
    }

    @Test
    void metricsThatCannotBeHadLeaveTheTargetsStatusToItsHttpCheck() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Map<String, String> cases = Map.of(
                base + "/broken-metrics", "HTTP 500",
                base + "/huge-metrics", "larger than " + PoolMetrics.MAX_BYTES + " bytes",
                base + "/hung-metrics", "no answer within 2000 ms",
                "http://127.0.0.1:" + closed + "/metrics", "connection refused",
                "not a url at all", "");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            ProbeResult result = check(base + "/health", c.getKey());
            assertEquals(HealthStatus.HEALTHY, result.status(), c.getKey() + " " + result);
            assertEquals(2, result.checks().size(), c.getKey());
            CheckResult pool = result.checks().get(1);
            assertEquals(HealthStatus.UNKNOWN, pool.status(), c.getKey());
            assertTrue(pool.details().get("error").toString().contains(c.getValue()), pool.details().toString());
            assertEquals(HealthStatus.HEALTHY, result.checks().get(0).status());
        }
    }

    @Test
    void aDownTargetStaysCriticalWithItsPoolStillReported() throws Exception {
        ProbeResult result = check(base + "/missing", base + "/metrics");
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertTrue(result.reasons().contains("HTTP 404"), result.reasons().toString());
        assertEquals(95.0, result.checks().get(1).details().get("poolUsagePercent"));
    }

    @Test
    void anyProbeTypeGetsThePoolCheckAndATargetWithoutMetricsUrlNone() throws Exception {
        ProbeResult running = new CheckList(Targets.context("process", Map.of())).check("running",
                HealthStatus.HEALTHY, null, Map.of("count", 2), null).result();
        ProbeContext process = Targets.context("process", Map.of("metricsUrl", base + "/metrics"));
        ProbeResult result = poolMetrics.alongside(process, CompletableFuture.completedFuture(running))
                .get(10, TimeUnit.SECONDS);
        assertEquals(List.of("running", "pool"), result.checks().stream().map(CheckResult::name).toList());
        assertEquals(HealthStatus.WARNING, result.status());
        ProbeContext plain = Targets.context("process", Map.of());
        assertEquals(running, poolMetrics.alongside(plain, CompletableFuture.completedFuture(running)).get());
    }

    private ProbeResult check(String url, String metricsUrl) throws Exception {
        Map<String, Object> settings = new HashMap<>();
        settings.put("url", url);
        settings.put("metricsUrl", metricsUrl);
        settings.put("timeoutMs", 2000);
        ProbeContext context = Targets.context("http", settings);
        return poolMetrics.alongside(context, probe.check(context).toCompletableFuture()).get(10, TimeUnit.SECONDS);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A chunked page one MiB past the limit: the probe must stop reading it. */
    private void sendHuge(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] line = "hikaricp_connections_active{pool=\"p\",} 1.0\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            for (long written = 0; written < PoolMetrics.MAX_BYTES + (1 << 20); written += line.length) {
                out.write(line);
            }
        } catch (IOException e) {
            // the probe hung up once it had enough: what this endpoint is for
        }
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
