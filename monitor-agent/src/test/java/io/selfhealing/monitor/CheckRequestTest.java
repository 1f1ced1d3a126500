package io.selfhealing.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The coordinator's check requests (PROBE commands) through the real broker: probed at once, answered by id. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MonitorFixture.class, restrictToAnnotatedClass = false)
class CheckRequestTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Set<String> TARGETS = Set.of("flaky", "steady", "hung", "refused", "this-host", "orders-db",
            "pooled-worker");

    @Test
    void probesOneTargetNowAndAnswersWithTheRequestId() {
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.HEALTH)) {
            Instant sent = Instant.now();
            CommandIssued request = request("steady", sent.plusSeconds(30));
            probe.send(Topics.COMMANDS, "steady", EventCodec.encode(request));
            HealthReported answer = report(probe.await(r -> report(r).answers(request.header().eventId()), WAIT));
            assertEquals("steady", answer.header().targetId());
            assertEquals(HealthStatus.HEALTHY, answer.status());
            assertEquals(1, answer.requestTargets());
            assertFalse(answer.header().occurredAt().isBefore(sent), "answered with a result made after the request");
        }
    }

    @Test
    void probesEveryTargetForAStarRequestAndSaysHowManyAnswer() {
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.HEALTH)) {
            CommandIssued request = request(CommandType.ALL_TARGETS, Instant.now().plusSeconds(30));
            probe.send(Topics.COMMANDS, CommandType.ALL_TARGETS, EventCodec.encode(request));
            Map<String, HealthReported> answers = new HashMap<>();
            while (answers.size() < TARGETS.size()) {
                HealthReported answer = report(probe.await(r -> report(r).answers(request.header().eventId())
                        && !answers.containsKey(r.key()), WAIT));
                answers.put(answer.header().targetId(), answer);
            }
            assertEquals(TARGETS, answers.keySet());
            answers.values().forEach(a -> assertEquals(TARGETS.size(), a.requestTargets()));
            assertEquals(HealthStatus.CRITICAL, answers.get("refused").status());
        }
    }

    @Test
    void anExpiredRequestIsNotProbedWhileTheNextOneIs() {
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.HEALTH)) {
            CommandIssued expired = request("flaky", Instant.now().minusSeconds(1));
            CommandIssued fresh = request("flaky", Instant.now().plusSeconds(30));
            probe.send(Topics.COMMANDS, "flaky", EventCodec.encode(expired));
            probe.send(Topics.COMMANDS, "flaky", EventCodec.encode(fresh));
            // same key, same partition: the fresh request is handled after the expired one
            probe.await(r -> report(r).answers(fresh.header().eventId()), WAIT);
            assertTrue(probe.drain(Duration.ZERO).stream().noneMatch(r -> report(r).answers(expired.header().eventId())),
                    "an expired request was answered");
        }
    }

    private static CommandIssued request(String target, Instant expiresAt) {
        return new CommandIssued(EventHeader.create("coordinator", target), CommandType.PROBE, null, null,
                "trigger-check by test", expiresAt);
    }

    private static HealthReported report(ConsumerRecord<String, String> record) {
        return EventCodec.decode(record.value(), HealthReported.class);
    }
}
