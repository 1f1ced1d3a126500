package io.selfhealing.coordinator.messaging;

import io.selfhealing.coordinator.domain.LiveEvent;
import io.selfhealing.coordinator.service.LiveFeed;
import io.selfhealing.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Incidents, health and alerts as they happen, for the dashboards connected to this instance. */
@ApplicationScoped
public class LiveConsumer {

    private static final Logger LOG = Logger.getLogger(LiveConsumer.class);

    private final LiveFeed feed;

    public LiveConsumer(LiveFeed feed) {
        this.feed = feed;
    }

    @Incoming("live")
    public void onEvent(ConsumerRecord<String, String> record) {
        try {
            LiveEvent event = LiveEvent.of(record.topic(), EventCodec.mapper().readTree(record.value()));
            if (event != null) {
                feed.publish(event);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("live: skipped an unreadable record of %s: %s", record.topic(), e.getMessage());
        }
    }
}
