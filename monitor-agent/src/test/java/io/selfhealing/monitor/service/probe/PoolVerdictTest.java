package io.selfhealing.monitor.service.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.CheckResult;
import io.selfhealing.events.HealthReadings;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.service.pool.PoolFamily;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoolVerdictTest {

    private static final String NINETEEN_OF_TWENTY = """
            hikaricp_connections_active{pool="HikariPool-1",} 19.0
            hikaricp_connections_max{pool="HikariPool-1",} 20.0
            hikaricp_connections_pending{pool="HikariPool-1",} 5.0
            """;

    private static ProbeResult judge(Map<String, Object> probe, String page) {
        ProbeContext context = Targets.context("http", probe);
        return PoolVerdict.of(context, page, PoolFamily.forTarget(context.settings()));
    }

    @Test
    void aNearlyFullPoolIsAWarningTheContractReadsAsItsUsage() {
        ProbeResult result = judge(Map.of(), NINETEEN_OF_TWENTY);
        assertEquals(HealthStatus.WARNING, result.status());
        assertEquals(List.of("pool poolUsagePercent 95.0 > 85.0"), result.reasons());
        CheckResult pool = result.checks().get(0);
        assertEquals("pool", pool.name());
        assertEquals(19.0, pool.details().get("poolActive"));
        assertEquals(20.0, pool.details().get("poolMax"));
        assertEquals(5.0, pool.details().get("poolPending"));
        HealthReported report = new HealthReported(null, "http", result.status(), result.reasons(), result.checks());
        assertEquals(Optional.of(95.0), HealthReadings.poolUsagePercent(report));
    }

    @Test
    void aFullPoolIsCriticalOnlyOnceItStaysFullAndTheTargetsThresholdRules() {
        String full = NINETEEN_OF_TWENTY.replace("19.0", "20.0");
        assertEquals(HealthStatus.WARNING, judge(Map.of(), full).status(), "full once: a burst");
        Map<String, Object> strict = Map.of("thresholds", Map.of("poolUsagePercent",
                Map.of("warning", 50, "critical", 90, "criticalFor", "0s")));
        assertEquals(HealthStatus.CRITICAL, judge(strict, NINETEEN_OF_TWENTY).status());
        assertEquals(HealthStatus.HEALTHY, judge(Map.of(), NINETEEN_OF_TWENTY.replace("19.0", "3.0")).status());
    }

    @Test
    void aPageWithoutAPoolIsUnknownWithTheReason() {
        ProbeResult result = judge(Map.of(), "# nothing here\njvm_threads_live_threads 42\n{bad\n");
        assertEquals(HealthStatus.UNKNOWN, result.status());
        assertTrue(result.reasons().get(0).contains("no connection pool with a maximum"), result.reasons().get(0));
        assertTrue(result.reasons().get(0).contains("(1 unreadable lines)"), result.reasons().get(0));
    }
}
