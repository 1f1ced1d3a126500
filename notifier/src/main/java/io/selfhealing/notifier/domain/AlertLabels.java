package io.selfhealing.notifier.domain;

import io.selfhealing.events.AlertRaised;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels routes, groups and silences match on: the alert's own labels, overlaid by {@code severity},
 * {@code targetId}, {@code title}, {@code source} and {@code incidentId} (these cannot be spoofed by a label).
 */
public final class AlertLabels {

    private AlertLabels() {
    }

    public static Map<String, String> of(AlertRaised alert) {
        return of(alert.labels(), alert.severity().name(), alert.header().targetId(), alert.title(),
                alert.header().source(), alert.header().incidentId());
    }

    public static Map<String, String> of(Map<String, String> own, String severity, String targetId, String title,
            String source, String incidentId) {
        Map<String, String> labels = new LinkedHashMap<>(own);
        labels.put("severity", severity);
        labels.put("targetId", targetId);
        labels.put("title", title == null ? "" : title);
        labels.put("source", source);
        labels.put("incidentId", incidentId == null ? "" : incidentId);
        return labels;
    }
}
