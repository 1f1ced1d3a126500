package io.selfhealing.rootcause.service;

import io.selfhealing.events.CheckResult;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Events for plain tests, at a fixed instant. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private Fixtures() {
    }

    public static ErrorDetected error(String target, String category, String template, long count, Instant at) {
        EventHeader h = new EventHeader(1, java.util.UUID.randomUUID().toString(), at, "error-detector", target, null);
        return new ErrorDetected(h, category, Integer.toHexString(template.hashCode()), template, Severity.HIGH, "NEW",
                count, count, count * 6.0, at, at, List.of("ERROR " + template.replace("<*>", "x")));
    }

    public static ErrorDetected error(String target, String category, long count) {
        return error(target, category, "<*> 429 Too Many Requests", count, NOW);
    }

    public static HealthReported health(String target, String type, HealthStatus status, CheckResult... checks) {
        EventHeader h = new EventHeader(1, java.util.UUID.randomUUID().toString(), NOW, "monitor-agent", target, null);
        return new HealthReported(h, type, status, status == HealthStatus.HEALTHY ? List.of() : List.of(type + " "
                + status), List.of(checks));
    }

    public static CheckResult check(String name, HealthStatus status, Long latencyMs, Map<String, Object> details) {
        return new CheckResult(name, status, latencyMs, details);
    }
}
