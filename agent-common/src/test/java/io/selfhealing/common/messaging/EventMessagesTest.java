package io.selfhealing.common.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.LearningUpdated;
import io.selfhealing.events.Severity;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.junit.jupiter.api.Test;

class EventMessagesTest {

    @Test
    void keysByTargetAndCarriesCloudEventAttributes() {
        AlertRaised alert = new AlertRaised(EventHeader.create("coordinator", "shop-api", "inc-7"),
                Severity.HIGH, "t", "m", null);
        var message = EventMessages.toMessage(alert);
        assertEquals(EventCodec.encode(alert), message.getPayload());
        assertEquals("shop-api", message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey());
        var ce = message.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
        assertEquals(alert.header().eventId(), ce.getId());
        assertEquals("io.selfhealing.AlertRaised.v1", ce.getType());
        assertEquals("shop-api", ce.getSubject().orElseThrow());
    }

    @Test
    void learningStatsAreKeyedByIssueAndFixTypeForCompaction() {
        var stats = new LearningUpdated(EventHeader.create("learning-engine", "*"), "rate_limiting",
                "increase_delay", 4, 3, 0.75);
        var message = EventMessages.toMessage(stats);
        assertEquals("rate_limiting|increase_delay",
                message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey());
    }
}
