package io.selfhealing.monitor.service.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The http probe reads at most {@link HttpProbe#MAX_BODY_BYTES} of an answer: a huge page is neither an outage nor memory. */
class HttpProbeBodyTest {

    private static final int PAST_LIMIT = HttpProbe.MAX_BODY_BYTES + (4 << 20);

    private final ProbeHttpClient http = new ProbeHttpClient();
    private final HttpProbe probe = new HttpProbe(http);
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/up-first", exchange -> sendHuge(exchange, "UP", ""));
        server.createContext("/up-last", exchange -> sendHuge(exchange, "", "UP"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        http.close();
    }

    @Test
    void aHugeAnswerIsReadUpToTheLimitAndSearchedThere() throws Exception {
        ProbeResult found = check("/up-first");
        assertEquals(HealthStatus.HEALTHY, found.status(), found.toString());
        assertEquals(200, found.checks().get(0).details().get("statusCode"));

        ProbeResult beyond = check("/up-last");
        assertEquals(HealthStatus.CRITICAL, beyond.status(), beyond.toString());
        assertTrue(beyond.reasons().contains("body does not contain 'UP'"), beyond.reasons().toString());
    }

    private ProbeResult check(String path) throws Exception {
        return probe.check(Targets.context("http", Map.of("url", base + path, "expectBodyContains", "UP",
                "timeoutMs", 10_000))).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** A chunked page of {@code PAST_LIMIT} bytes with {@code head} first and {@code tail} last. */
    private static void sendHuge(HttpExchange exchange, String head, String tail) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] filler = "x".repeat(8192).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < PAST_LIMIT; written += filler.length) {
                out.write(filler);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the probe hung up once it had read enough
        }
    }
}
