package io.selfhealing.monitor.service.probe;

import static io.selfhealing.monitor.service.probe.HostProbeTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Against a real redis-server process started per test. */
class RedisProbeTest {

    @TempDir
    Path dir;

    private final RedisProbe probe = new RedisProbe(null);

    @Test
    void aRunningServerIsHealthyWithMemoryAndClients() throws Exception {
        try (RedisServer redis = RedisServer.start(dir, "--maxmemory", "64mb")) {
            ProbeResult result = probe.measure(context(redis.port(), Map.of()));
            assertEquals(HealthStatus.HEALTHY, result.status(), result.reasons().toString());
            assertEquals("PONG", check(result, "ping").details().get("reply"));
            assertTrue(check(result, "ping").latencyMs() >= 0);
            assertEquals(64.0, ((Number) check(result, "memory").details().get("maxMb")).doubleValue());
            assertTrue(((Number) check(result, "memory").details().get("memoryPercent")).doubleValue() > 0);
            assertEquals(1L, ((Number) check(result, "clients").details().get("connected")).longValue());
        }
    }

    @Test
    void memoryAboveItsThresholdIsAWarning() throws Exception {
        try (RedisServer redis = RedisServer.start(dir, "--maxmemory", "64mb")) {
            ProbeResult result = probe.measure(context(redis.port(),
                    Map.of("thresholds", Map.of("memoryPercent", Map.of("warning", 0)))));
            assertEquals(HealthStatus.WARNING, result.status());
            assertTrue(result.reasons().get(0).startsWith("memory memoryPercent"), result.reasons().toString());
        }
    }

    @Test
    void aFullServerIsCriticalAndItsRejectedConnectionsAWarningAfterwards() throws Exception {
        try (RedisServer redis = RedisServer.start(dir, "--maxclients", "2")) {
            ProbeContext context = context(redis.port(), Map.of());
            assertEquals(HealthStatus.HEALTHY, probe.measure(context).status());
            List<Socket> held = new ArrayList<>();
            held.add(redis.connect());
            held.add(redis.connect());
            Thread.sleep(200);
            ProbeResult full = probe.measure(context);
            assertEquals(HealthStatus.CRITICAL, full.status());
            assertTrue(full.reasons().get(0).contains("max number of clients"), full.reasons().toString());
            for (Socket s : held) {
                s.close();
            }
            Thread.sleep(200);
            ProbeResult after = probe.measure(context);
            assertEquals(HealthStatus.WARNING, after.status(), after.reasons().toString());
            assertEquals(1.0, ((Number) check(after, "rejected").details().get("rejectedConnections")).doubleValue());
            assertEquals(HealthStatus.HEALTHY, probe.measure(context).status(), "rejections are counted once");
        }
    }

    @Test
    void aServerThatIsNotThereIsCritical() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProbeResult result = probe.measure(context(port, Map.of()));
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertTrue(result.reasons().get(0).startsWith("redis unreachable"), result.reasons().toString());
    }

    @Test
    @Timeout(30) // a probe that ignored its timeout would hang here instead of failing
    void aHungServerIsCriticalAfterItsTimeout() throws Exception {
        try (ServerSocket hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                List<Socket> never = new ArrayList<>();
                try {
                    while (true) {
                        never.add(hung.accept()); // accepts, never answers
                    }
                } catch (Exception closed) {
                    never.forEach(s -> { try { s.close(); } catch (Exception ignored) { } });
                }
            });
            acceptor.start();
            ProbeResult result = probe.measure(context(hung.getLocalPort(), Map.of("timeoutMs", 500)));
            assertEquals(HealthStatus.CRITICAL, result.status());
            assertEquals("redis no answer within 500 ms", result.reasons().get(0));
        }
    }

    private static ProbeContext context(int port, Map<String, Object> extra) {
        Map<String, Object> probe = new java.util.HashMap<>(Map.of("host", "127.0.0.1", "port", port));
        probe.putAll(extra);
        return Targets.context("redis", probe);
    }
}
