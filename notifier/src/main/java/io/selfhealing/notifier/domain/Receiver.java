package io.selfhealing.notifier.domain;

import java.util.List;

/**
 * Where notifications go. Secrets never stand in the routes file: {@code urlEnv} and {@code secretEnv} name
 * environment variables that hold the URL (Slack's carries a token) and the webhook's HMAC secret.
 *
 * @param type      webhook, slack or email
 * @param url       the URL, when it is no secret (webhook)
 * @param urlEnv    environment variable with the URL (takes precedence over {@code url})
 * @param secretEnv environment variable with the HMAC-SHA256 key of a webhook (optional: unsigned without)
 * @param to        e-mail recipients
 */
public record Receiver(String name, Type type, String url, String urlEnv, String secretEnv, List<String> to) {

    public enum Type { WEBHOOK, SLACK, EMAIL }

    public Receiver {
        to = to == null ? List.of() : List.copyOf(to);
    }
}
