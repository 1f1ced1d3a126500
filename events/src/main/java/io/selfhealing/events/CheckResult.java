package io.selfhealing.events;

import java.util.Map;

/** One check inside a health report, e.g. "http" with its latency. */
public record CheckResult(String name, HealthStatus status, Long latencyMs, Map<String, Object> details) {
}
