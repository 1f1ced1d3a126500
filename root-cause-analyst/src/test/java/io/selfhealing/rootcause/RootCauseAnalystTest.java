package io.selfhealing.rootcause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.OutcomeRecorded;
import io.selfhealing.events.Severity;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class RootCauseAnalystTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void diagnosesRateLimitingFromRateLimitErrorsOnTheBroker() {
        String target = "rc-" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.DIAGNOSES)) {
            ErrorDetected error = error(target, 6);
            probe.send(Topics.ERRORS, target, EventCodec.encode(error));
            var record = probe.await(r -> target.equals(r.key()), WAIT);
            DiagnosisMade d = EventCodec.decode(record.value(), DiagnosisMade.class);
            assertEquals("rate_limiting", d.issueType());
            assertEquals(85, d.confidence());
            assertEquals("io.selfhealing.DiagnosisMade.v1", KafkaProbe.header(record, "ce_type"));
            assertEquals(d.header().eventId(), KafkaProbe.header(record, "ce_id"));
        }
    }

    @Test
    void malformedEventsOnEveryInputGoToDeadLetterQueueAndConsumersKeepWorking() {
        String target = "rc-dlq-" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.DLQ,
                Topics.DIAGNOSES)) {
            for (String topic : List.of(Topics.ERRORS, Topics.HEALTH, Topics.OUTCOMES)) {
                String poison = "garbage for " + topic + " " + target;
                probe.send(topic, target, poison);
                var dead = probe.await(r -> r.topic().equals(Topics.DLQ) && poison.equals(r.value()), WAIT);
                assertNotNull(KafkaProbe.header(dead, "dead-letter-reason"));
            }
            probe.send(Topics.ERRORS, target, EventCodec.encode(error(target, 8)));
            probe.await(r -> r.topic().equals(Topics.DIAGNOSES) && target.equals(r.key()), WAIT);
        }
    }

    @Test
    void aPastIncidentWithItsOutcomeIsAttachedToASimilarNewDiagnosis() {
        String first = "rc-past-" + System.nanoTime();
        String second = "rc-new-" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.DIAGNOSES)) {
            probe.send(Topics.ERRORS, first, EventCodec.encode(error(first, 6)));
            probe.await(r -> first.equals(r.key()), WAIT);
            probe.send(Topics.OUTCOMES, first, EventCodec.encode(new OutcomeRecorded(EventHeader.create("coordinator",
                    first, "inc-1"), "rate_limiting", "increase_delay", true, IncidentState.RESOLVED, 85, 85, 1000, "")));
            int[] lines = {2};
            org.awaitility.Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
                probe.send(Topics.ERRORS, second, EventCodec.encode(error(second, lines[0]++)));
                return probe.drain(Duration.ofMillis(300)).stream().filter(r -> second.equals(r.key()))
                        .map(r -> EventCodec.decode(r.value(), DiagnosisMade.class))
                        .flatMap(d -> d.evidence().stream()).anyMatch(e -> e.kind().equals("similar_incident")
                                && e.description().equals("rate_limiting on " + first + ", fix increase_delay succeeded"));
            });
        }
    }

    private static ErrorDetected error(String target, long count) {
        Instant now = Instant.now();
        return new ErrorDetected(EventHeader.create("error-detector", target), "rate_limit", "t1",
                "<*> 429 Too Many Requests", Severity.HIGH, "NEW", count, count, count * 6.0, now, now,
                List.of("ERROR 429 Too Many Requests"));
    }
}
