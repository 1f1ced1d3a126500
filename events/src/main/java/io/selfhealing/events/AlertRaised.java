package io.selfhealing.events;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Something a human must look at ({@code healing.alerts}), e.g. a fix awaiting approval.
 *
 * @param approvePath  coordinator API path that approves the pending fix (null when nothing awaits approval)
 * @param rejectPath   coordinator API path that rejects it (optional; null as above)
 * @param incidentPath coordinator API path of the incident the alert is about (optional)
 * @param alertKey     identifies the condition: alerts with the same key are one alert, notified once per group
 *                     interval (optional; null = {@link #dedupKey()} derives it from incident or target and title)
 * @param evidence     what the alert rests on, shown to the people notified (optional; empty when unknown)
 * @param labels       extra name/value pairs receivers may route on, e.g. {@code issueType}, {@code gate}
 *                     (optional; empty when none)
 */
public record AlertRaised(EventHeader header, Severity severity, String title, String message,
        String approvePath, String rejectPath, String incidentPath, String alertKey, List<Evidence> evidence,
        Map<String, String> labels) implements HealingEvent {

    public AlertRaised {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** An alert with an approve path only (schema before the optional fields existed). */
    public AlertRaised(EventHeader header, Severity severity, String title, String message, String approvePath) {
        this(header, severity, title, message, approvePath, null, null, null, List.of(), Map.of());
    }

    /**
     * The key that makes two alerts the same one: {@link #alertKey} when the producer set it, else the incident
     * (or, without one, the target) and the title.
     */
    public String dedupKey() {
        if (alertKey != null && !alertKey.isBlank()) {
            return alertKey;
        }
        String subject = header.incidentId() != null ? header.incidentId() : header.targetId();
        return subject + "|" + title;
    }
}
