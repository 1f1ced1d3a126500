package io.selfhealing.coordinator.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.coordinator.domain.LiveEvent;
import io.selfhealing.coordinator.service.CheckRequests;
import io.selfhealing.coordinator.service.LiveFeed;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Incidents, health and alerts as they happen, for the dashboards connected to this instance, and
 * monitor-agent's answers to this instance's check requests (trigger-check).
 */
@ApplicationScoped
public class LiveConsumer {

    private static final Logger LOG = Logger.getLogger(LiveConsumer.class);

    private final LiveFeed feed;
    private final CheckRequests checks;

    public LiveConsumer(LiveFeed feed, CheckRequests checks) {
        this.feed = feed;
        this.checks = checks;
    }

    @Incoming("live")
    public void onEvent(ConsumerRecord<String, String> record) {
        try {
            JsonNode json = EventCodec.mapper().readTree(record.value());
            LiveEvent event = LiveEvent.of(record.topic(), json);
            if (event != null) {
                feed.publish(event);
            }
            if (Topics.HEALTH.equals(record.topic()) && json.hasNonNull("requestId")) {
                checks.answer(EventCodec.decode(record.value(), HealthReported.class));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("live: skipped an unreadable record of %s: %s", record.topic(), e.getMessage());
        }
    }
}
