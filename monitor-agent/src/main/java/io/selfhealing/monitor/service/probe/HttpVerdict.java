package io.selfhealing.monitor.service.probe;

import io.selfhealing.events.CheckResult;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeResult;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/** Turns what an HTTP request did into a health result. Pure: no I/O. */
final class HttpVerdict {

    static final String CHECK = "http";

    private HttpVerdict() {
    }

    /**
     * 2xx within the latency thresholds → HEALTHY; 2xx but slow → WARNING (or CRITICAL above the
     * critical latency); any other status → CRITICAL.
     */
    static ProbeResult answered(int statusCode, long latencyMs, HealthStatus latencyLevel, long warningMs,
            Map<String, Object> extraDetails, List<String> extraProblems) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("statusCode", statusCode);
        details.putAll(extraDetails);
        List<String> reasons = new ArrayList<>();
        HealthStatus status = HealthStatus.HEALTHY;
        if (statusCode < 200 || statusCode > 299) {
            status = HealthStatus.CRITICAL;
            reasons.add("HTTP " + statusCode);
        }
        if (latencyLevel != HealthStatus.HEALTHY) {
            reasons.add("latency " + latencyMs + " ms > " + warningMs + " ms");
            status = latencyLevel.worseThan(status) ? latencyLevel : status;
        }
        if (!extraProblems.isEmpty()) {
            reasons.addAll(extraProblems);
            status = HealthStatus.CRITICAL.worseThan(status) ? HealthStatus.CRITICAL : status;
        }
        return new ProbeResult(status, reasons, List.of(new CheckResult(CHECK, status, latencyMs, details)));
    }

    /** The request failed: timeout, refused, reset... → CRITICAL with the cause. */
    static ProbeResult failed(Throwable error, long latencyMs, long timeoutMs) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String reason = describe(cause, timeoutMs);
        Map<String, Object> details = Map.of("error", reason);
        return new ProbeResult(HealthStatus.CRITICAL, List.of(reason),
                List.of(new CheckResult(CHECK, HealthStatus.CRITICAL, latencyMs, details)));
    }

    static String describe(Throwable cause, long timeoutMs) {
        if (cause instanceof HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return "no answer within " + timeoutMs + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        String message = cause.getMessage();
        return "request failed: " + cause.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
