package io.selfhealing.notifier.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.selfhealing.events.Evidence;

/**
 * A Slack-compatible incoming-webhook message (Block Kit): a header, per alert a section with its fields, the
 * evidence as context, and buttons to approve / reject / open / acknowledge. Alert text comes from logs and is
 * untrusted: mrkdwn control characters are escaped and lengths kept within Slack's limits.
 */
public final class SlackBlocks {

    static final int MAX_ALERTS = 10;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SlackBlocks() {
    }

    public static ObjectNode render(Notification n) {
        ObjectNode message = JSON.objectNode();
        message.put("text", cut(escape(n.summary()), 3000));
        ArrayNode blocks = message.putArray("blocks");
        blocks.addObject().put("type", "header").set("text", plain(cut(prefix(n) + n.summary(), 150)));
        n.alerts().stream().limit(MAX_ALERTS).forEach(a -> alert(blocks, a));
        if (n.alerts().size() > MAX_ALERTS) {
            context(blocks, "… and " + (n.alerts().size() - MAX_ALERTS) + " more alerts in group " + escape(n.groupKey()));
        }
        return message;
    }

    private static void alert(ArrayNode blocks, Notification.Item a) {
        ObjectNode section = blocks.addObject().put("type", "section");
        section.set("text", mrkdwn(cut("*" + escape(a.title()) + "*\n" + escape(a.message() == null ? "" : a.message()), 3000)));
        ArrayNode fields = section.putArray("fields");
        fields.add(mrkdwn("*Severity*\n" + a.severity()));
        fields.add(mrkdwn("*Target*\n" + cut(escape(a.targetId()), 1900)));
        if (a.incidentId() != null) {
            fields.add(mrkdwn("*Incident*\n" + cut(escape(a.incidentId()), 1900)));
        }
        fields.add(mrkdwn("*Seen*\n" + a.occurrences() + "× since " + a.firstSeen()));
        if (!a.evidence().isEmpty()) {
            StringBuilder text = new StringBuilder("*Evidence*");
            for (Evidence e : a.evidence()) {
                text.append("\n• ").append(escape(e.kind())).append(": ").append(escape(e.description()))
                        .append(" (").append(e.value()).append(')');
            }
            context(blocks, cut(text.toString(), 3000));
        }
        actions(blocks, a);
        blocks.addObject().put("type", "divider");
    }

    private static void actions(ArrayNode blocks, Notification.Item a) {
        ArrayNode buttons = JSON.arrayNode();
        Notification.Links l = a.links();
        button(buttons, "Approve", l.approvePage(), "primary", a.id());
        button(buttons, "Reject", l.rejectPage(), "danger", a.id());
        button(buttons, "Open incident", l.incident(), null, a.id());
        button(buttons, "Acknowledge", l.ack(), null, a.id());
        if (!buttons.isEmpty()) {
            blocks.addObject().put("type", "actions").set("elements", buttons);
        }
    }

    private static void button(ArrayNode buttons, String label, String url, String style, long alertId) {
        if (url == null || url.length() > 3000) {
            return;
        }
        ObjectNode b = buttons.addObject().put("type", "button");
        b.set("text", plain(label));
        b.put("url", url).put("action_id", label.toLowerCase().replace(' ', '-') + "-" + alertId);
        if (style != null) {
            b.put("style", style);
        }
    }

    private static void context(ArrayNode blocks, String text) {
        blocks.addObject().put("type", "context").putArray("elements").add(mrkdwn(text));
    }

    private static String prefix(Notification n) {
        return "escalation".equals(n.reason()) ? "Escalated: " : "repeat".equals(n.reason()) ? "Still open: " : "";
    }

    private static ObjectNode plain(String text) {
        return JSON.objectNode().put("type", "plain_text").put("text", text);
    }

    private static ObjectNode mrkdwn(String text) {
        return JSON.objectNode().put("type", "mrkdwn").put("text", text);
    }

    /** Slack's mrkdwn escaping: &, < and > (links and mentions cannot be smuggled in). */
    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
