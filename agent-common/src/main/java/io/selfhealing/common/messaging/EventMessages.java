package io.selfhealing.common.messaging;

import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealingEvent;
import io.selfhealing.events.LearningUpdated;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Turns an event into the Kafka message every agent sends: JSON value, record key = targetId
 * (issueType|fixType for learning), and CloudEvents binary-mode attributes.
 */
public final class EventMessages {

    private EventMessages() {
    }

    public static Message<String> toMessage(HealingEvent event) {
        var header = event.header();
        String key = event instanceof LearningUpdated learning ? learning.key() : header.targetId();
        var kafka = OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build();
        var cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(header.eventId())
                .withType(event.cloudEventType())
                .withSource(URI.create("urn:selfhealing:" + header.source()))
                .withSubject(header.targetId())
                .withTimestamp(header.occurredAt().atZone(ZoneOffset.UTC))
                .build();
        return Message.of(EventCodec.encode(event)).addMetadata(kafka).addMetadata(cloudEvent);
    }
}
