package io.selfhealing.notifier.domain;

import io.selfhealing.events.Evidence;

/** The subject and plain-text body of an e-mail notification (plain text: alert text is never markup). */
public final class MailText {

    private MailText() {
    }

    public static String subject(Notification n) {
        String prefix = "escalation".equals(n.reason()) ? "[escalated] " : "repeat".equals(n.reason()) ? "[still open] " : "";
        return SlackBlocks.cut(prefix + n.summary().replaceAll("[\\r\\n]+", " "), 200);
    }

    public static String body(Notification n) {
        StringBuilder b = new StringBuilder();
        b.append(n.summary()).append("\n(notification ").append(n.id()).append(", ").append(n.reason())
                .append(", group ").append(n.groupKey()).append(")\n");
        for (Notification.Item a : n.alerts()) {
            b.append("\n== ").append(a.severity()).append(": ").append(a.title()).append('\n')
                    .append(a.message() == null ? "" : a.message()).append('\n')
                    .append("target: ").append(a.targetId())
                    .append(a.incidentId() == null ? "" : "   incident: " + a.incidentId())
                    .append("\nseen ").append(a.occurrences()).append("x since ").append(a.firstSeen()).append('\n');
            if (!a.evidence().isEmpty()) {
                b.append("evidence:\n");
                for (Evidence e : a.evidence()) {
                    b.append("  - ").append(e.kind()).append(": ").append(e.description()).append(" (")
                            .append(e.value()).append(")\n");
                }
            }
            links(b, a.links());
        }
        return b.toString();
    }

    private static void links(StringBuilder b, Notification.Links l) {
        line(b, "incident:    ", l.incident());
        line(b, "approve:     POST ", l.approve());
        line(b, "reject:      POST ", l.reject());
        line(b, "acknowledge: POST ", l.ack());
    }

    private static void line(StringBuilder b, String label, String url) {
        if (url != null) {
            b.append(label).append(url).append('\n');
        }
    }
}
