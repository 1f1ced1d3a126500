package io.selfhealing.notifier.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.selfhealing.events.EventCodec;
import io.selfhealing.notifier.config.Environment;
import io.selfhealing.notifier.domain.Notification;
import io.selfhealing.notifier.domain.Receiver;
import io.selfhealing.notifier.domain.Signature;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** The generic webhook: the notification as JSON, signed with HMAC-SHA256 when the receiver has a secret. */
@ApplicationScoped
public class WebhookChannel implements Channel {

    public static final String DELIVERY_HEADER = "X-Healing-Notification";

    private final HttpPoster http;
    private final Environment env;

    public WebhookChannel(HttpPoster http, Environment env) {
        this.http = http;
        this.env = env;
    }

    @Override
    public Receiver.Type type() {
        return Receiver.Type.WEBHOOK;
    }

    @Override
    public void send(Receiver receiver, Notification notification) throws DeliveryException {
        byte[] body;
        try {
            body = EventCodec.mapper().writeValueAsBytes(notification);
        } catch (JsonProcessingException e) {
            throw new DeliveryException("cannot encode notification: " + e.getMessage(), false, e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DELIVERY_HEADER, notification.id());
        if (receiver.secretEnv() != null) {
            String secret = env.get(receiver.secretEnv());
            if (secret == null) {
                throw new DeliveryException(receiver.secretEnv() + " is not set", true, null);
            }
            headers.put(Signature.HEADER, Signature.of(body, secret));
        }
        http.post(Urls.of(receiver, env), body, headers);
    }
}
