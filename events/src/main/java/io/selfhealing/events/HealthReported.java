package io.selfhealing.events;

import java.util.List;

/**
 * Latest health of one target ({@code healing.health}).
 *
 * @param requestId      the {@code eventId} of the {@link CommandType#PROBE} command this report answers
 *                       (optional; null for a scheduled report and in payloads written before it existed)
 * @param requestTargets how many targets the answering monitor-agent probes for that request, so the
 *                       requester knows when it has every answer (optional; null when {@code requestId} is)
 */
public record HealthReported(EventHeader header, String targetType, HealthStatus status,
        List<String> reasons, List<CheckResult> checks, String requestId, Integer requestTargets)
        implements HealingEvent {

    /** A scheduled report (schema before check requests existed). */
    public HealthReported(EventHeader header, String targetType, HealthStatus status, List<String> reasons,
            List<CheckResult> checks) {
        this(header, targetType, status, reasons, checks, null, null);
    }

    /** True when this report answers the check request {@code commandId}. */
    public boolean answers(String commandId) {
        return requestId != null && requestId.equals(commandId);
    }
}
