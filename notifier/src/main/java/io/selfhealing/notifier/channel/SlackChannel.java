package io.selfhealing.notifier.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.selfhealing.events.EventCodec;
import io.selfhealing.notifier.config.Environment;
import io.selfhealing.notifier.domain.Notification;
import io.selfhealing.notifier.domain.Receiver;
import io.selfhealing.notifier.domain.SlackBlocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat): Block Kit JSON. */
@ApplicationScoped
public class SlackChannel implements Channel {

    private final HttpPoster http;
    private final Environment env;

    public SlackChannel(HttpPoster http, Environment env) {
        this.http = http;
        this.env = env;
    }

    @Override
    public Receiver.Type type() {
        return Receiver.Type.SLACK;
    }

    @Override
    public void send(Receiver receiver, Notification notification) throws DeliveryException {
        byte[] body;
        try {
            body = EventCodec.mapper().writeValueAsBytes(SlackBlocks.render(notification));
        } catch (JsonProcessingException e) {
            throw new DeliveryException("cannot encode Slack message: " + e.getMessage(), false, e);
        }
        http.post(Urls.of(receiver, env), body, Map.of());
    }
}
