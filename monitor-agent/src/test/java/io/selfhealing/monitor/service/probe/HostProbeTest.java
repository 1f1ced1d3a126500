package io.selfhealing.monitor.service.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.CheckResult;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostProbeTest {

    private final HostProbe probe = new HostProbe(null);

    @Test
    void measuresCpuMemoryAndDisksOfThisMachine() {
        ProbeResult result = probe.measure(Targets.context("host", Map.of()));
        double cpu = ((Number) check(result, "cpu").details().get("cpuPercent")).doubleValue();
        assertTrue(cpu >= 0 && cpu <= 100, "cpu " + cpu);
        double memory = ((Number) check(result, "memory").details().get("memoryPercent")).doubleValue();
        assertTrue(memory > 0 && memory <= 100, "memory " + memory);
        assertTrue(result.checks().stream().anyMatch(c -> c.name().startsWith("disk:")), result.checks().toString());
    }

    @Test
    void aThresholdCountsOnlyOnceItHeldForItsDuration() {
        ProbeContext immediate = Targets.context("host", Map.of("thresholds",
                Map.of("cpuPercent", Map.of("warning", -1, "warningFor", "0s"))));
        ProbeResult warned = probe.measure(immediate);
        assertEquals(HealthStatus.WARNING, check(warned, "cpu").status());
        assertTrue(warned.reasons().stream().anyMatch(r -> r.startsWith("cpu cpuPercent")), warned.reasons().toString());

        ProbeContext sustained = Targets.context("host", Map.of("thresholds",
                Map.of("cpuPercent", Map.of("warning", -1, "warningFor", "1h"))));
        assertEquals(HealthStatus.HEALTHY, check(probe.measure(sustained), "cpu").status());
    }

    static CheckResult check(ProbeResult result, String name) {
        return result.checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + result.checks()));
    }
}
