package io.selfhealing.monitor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ProbeFailuresTest {

    private final ProbeContext context = ProbeContext.of(new TargetSpec("db", "postgresql",
            Map.of("timeoutMs", 1500), null, null, null));

    @Test
    void aProbeThatTimedOutMeansTheTargetIsCritical() {
        ProbeResult result = ProbeFailures.toResult(context, new CompletionException(new TimeoutException()));
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertEquals("no answer within 1500 ms", result.reasons().get(0));
        assertEquals(1500L, result.checks().get(0).latencyMs());
    }

    @Test
    void aProbeThatCouldNotRunLeavesTheHealthUnknown() {
        ProbeResult result = ProbeFailures.toResult(context, new IllegalArgumentException("probe.url is required"));
        assertEquals(HealthStatus.UNKNOWN, result.status());
        assertEquals("probe failed: probe.url is required", result.reasons().get(0));
    }
}
