package io.selfhealing.monitor.service.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeResult;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class HttpVerdictTest {

    @Test
    void slowButSuccessfulIsAWarningAndNon2xxCritical() {
        ProbeResult slow = HttpVerdict.answered(200, 5200, HealthStatus.WARNING, 5000, Map.of(), List.of());
        assertEquals(HealthStatus.WARNING, slow.status());
        assertEquals(List.of("latency 5200 ms > 5000 ms"), slow.reasons());
        assertEquals(HealthStatus.CRITICAL,
                HttpVerdict.answered(503, 10, HealthStatus.HEALTHY, 5000, Map.of(), List.of()).status());
        assertEquals(HealthStatus.CRITICAL, HttpVerdict.answered(200, 10, HealthStatus.HEALTHY, 5000, Map.of(),
                List.of("body does not contain 'UP'")).status());
    }

    @Test
    void timeoutsAndRefusedConnectionsAreCriticalWithTheirCause() {
        assertEquals(List.of("no answer within 2000 ms"), HttpVerdict.failed(
                new CompletionException(new HttpTimeoutException("request timed out")), 2001, 2000).reasons());
        assertEquals(List.of("connection refused"),
                HttpVerdict.failed(new ConnectException(), 1, 2000).reasons());
    }
}
