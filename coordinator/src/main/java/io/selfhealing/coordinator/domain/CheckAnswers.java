package io.selfhealing.coordinator.domain;

import io.selfhealing.events.HealthReported;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers to one check request as they arrive: the freshest result per target (several
 * monitor-agent instances may answer for the same target), complete once every target the
 * answering agent named ({@code requestTargets}) has answered.
 */
public final class CheckAnswers {

    private final String requestId;
    private final Map<String, HealthReported> byTarget = new TreeMap<>();
    private int expected;

    public CheckAnswers(String requestId) {
        this.requestId = requestId;
    }

    /** Keeps the report when it answers this request; true when the request is now complete. */
    public synchronized boolean offer(HealthReported report) {
        if (!report.answers(requestId)) {
            return complete();
        }
        byTarget.merge(report.header().targetId(), report, (old, now) ->
                now.header().occurredAt().isAfter(old.header().occurredAt()) ? now : old);
        expected = Math.max(expected, report.requestTargets() == null ? 1 : report.requestTargets());
        return complete();
    }

    public synchronized boolean complete() {
        return expected > 0 && byTarget.size() >= expected;
    }

    /** How many targets the answering agent probes for the request (0 before any answer). */
    public synchronized int expected() {
        return expected;
    }

    public synchronized List<HealthReported> results() {
        return List.copyOf(byTarget.values());
    }
}
