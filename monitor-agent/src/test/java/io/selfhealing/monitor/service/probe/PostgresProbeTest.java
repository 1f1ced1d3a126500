package io.selfhealing.monitor.service.probe;

import static io.selfhealing.monitor.service.probe.HostProbeTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.ProbeContext;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against the real embedded PostgreSQL of platform-infra. */
class PostgresProbeTest {

    private final PostgresProbe probe = new PostgresProbe(null);

    @Test
    void aRunningServerIsHealthyWithItsConnections() {
        String url = SharedInfra.get().database().jdbcUrl("postgres");
        ProbeResult result = probe.measure(Targets.context("postgresql", Map.of("url", url)));
        assertEquals(HealthStatus.HEALTHY, result.status(), result.reasons().toString());
        assertTrue(check(result, "connect").latencyMs() >= 0);
        assertTrue(((Number) check(result, "connections").details().get("active")).intValue() >= 1);
        assertEquals(200, ((Number) check(result, "connections").details().get("max")).intValue());
    }

    @Test
    void theConnectionIsKeptBetweenChecksAndReplacedWhenTheServerDroppedIt() throws Exception {
        String url = SharedInfra.get().database().jdbcUrl("postgres");
        ProbeContext context = Targets.context("postgresql", Map.of("url", url));
        assertEquals(false, check(probe.measure(context), "connect").details().get("reused"));
        assertEquals(true, check(probe.measure(context), "connect").details().get("reused"));

        try (Connection admin = DriverManager.getConnection(url, "postgres", "");
                Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'monitor-agent'"
                    + " AND pid <> pg_backend_pid()");
        }
        ProbeResult afterDrop = probe.measure(context);
        assertEquals(HealthStatus.HEALTHY, afterDrop.status(), afterDrop.reasons().toString());
        assertEquals(false, check(afterDrop, "connect").details().get("reused"));
    }

    @Test
    void connectionsAboveTheThresholdAreAWarning() {
        String url = SharedInfra.get().database().jdbcUrl("postgres");
        ProbeResult result = probe.measure(Targets.context("postgresql", Map.of("url", url,
                "thresholds", Map.of("connectionsPercent", Map.of("warning", 0)))));
        assertEquals(HealthStatus.WARNING, result.status());
    }

    @Test
    void aServerThatIsNotThereIsCritical() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProbeResult result = probe.measure(Targets.context("postgresql",
                Map.of("url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "timeoutMs", 1000)));
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertTrue(result.reasons().get(0).startsWith("postgresql unreachable"), result.reasons().toString());
    }
}
