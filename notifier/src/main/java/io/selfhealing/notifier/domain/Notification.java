package io.selfhealing.notifier.domain;

import io.selfhealing.events.Evidence;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one receiver is told about one group: the alerts that need attention, with evidence and links. This is the
 * generic webhook's JSON body; Slack and e-mail render it.
 *
 * @param id     stable across retries of the same delivery, so a receiver can drop a duplicate
 * @param reason first, update (alerts joined), repeat, escalation
 * @param level  position of this receiver in the escalation chain (0 = first)
 */
public record Notification(String id, String receiver, String groupKey, String reason, int level, Instant at,
        List<Item> alerts) {

    public Notification {
        alerts = List.copyOf(alerts);
    }

    /** One alert of the notification. Links are absolute URLs, null when not applicable. */
    public record Item(long id, String key, String severity, String title, String message, String targetId,
            String incidentId, Instant firstSeen, Instant lastSeen, int occurrences, List<Evidence> evidence,
            Map<String, String> labels, Links links) {
    }

    /**
     * @param incident the dashboard page of the incident
     * @param approve  coordinator API URL (POST, operator role) approving the pending fix
     * @param reject   coordinator API URL (POST, operator role) rejecting it
     * @param ack      notifier API URL (POST, operator role) acknowledging the alert (stops repeats, escalation)
     * @param approvePage dashboard page where a person approves (what chat buttons open: a link cannot POST)
     * @param rejectPage  dashboard page where a person rejects
     */
    public record Links(String incident, String approve, String reject, String ack, String approvePage,
            String rejectPage) {
    }

    /** The highest severity among the alerts. */
    public String topSeverity() {
        return alerts.stream().map(Item::severity).max((a, b) -> rank(a) - rank(b)).orElse("LOW");
    }

    private static int rank(String severity) {
        return List.of("LOW", "MEDIUM", "HIGH", "CRITICAL").indexOf(severity);
    }

    /** A one-line summary: the title of a single alert, or how many alerts about which targets. */
    public String summary() {
        if (alerts.size() == 1) {
            return "[" + alerts.get(0).severity() + "] " + alerts.get(0).title();
        }
        List<String> targets = alerts.stream().map(Item::targetId).distinct().toList();
        return "[" + topSeverity() + "] " + alerts.size() + " alerts on " + String.join(", ", targets);
    }
}
