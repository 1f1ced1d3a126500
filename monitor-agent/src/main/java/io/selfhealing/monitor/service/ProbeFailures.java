package io.selfhealing.monitor.service;

import io.selfhealing.events.CheckResult;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/** What a probe run that did not produce a result means for the target. */
final class ProbeFailures {

    private ProbeFailures() {
    }

    /**
     * No answer within the timeout → CRITICAL (the target hangs); the probe could not run (bad
     * settings, missing driver) → UNKNOWN.
     */
    static ProbeResult toResult(ProbeContext context, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String check = context.target().type();
        if (cause instanceof TimeoutException) {
            long timeoutMs = context.settings().timeout().toMillis();
            String reason = "no answer within " + timeoutMs + " ms";
            return new ProbeResult(HealthStatus.CRITICAL, List.of(reason), List.of(new CheckResult(check,
                    HealthStatus.CRITICAL, timeoutMs, Map.of("error", reason))));
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return ProbeResult.unknown(check, "probe failed: " + message);
    }
}
