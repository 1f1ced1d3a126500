package io.selfhealing.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** healing.logs is consumed in batches: poison inside a batch goes to the DLQ alone, the rest is counted. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class BatchDeadLetterTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int GOOD = 12;
    private static final int MALFORMED = 6;

    @Test
    void malformedLinesInsideABatchGoToTheDeadLetterQueueAndEveryGoodLineIsCounted() {
        String target = "t-batch-" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(bootstrap(), Topics.DLQ, Topics.ERRORS)) {
            burst(target);

            List<ConsumerRecord<String, String>> dead = new ArrayList<>();
            for (int i = 0; i < MALFORMED; i++) {
                String value = "{not json " + target + " #" + i;
                dead.add(probe.await(r -> r.topic().equals(Topics.DLQ) && value.equals(r.value()), WAIT));
            }
            var tombstone = probe.await(r -> r.topic().equals(Topics.DLQ) && target.equals(r.key()) && r.value() == null, WAIT);
            dead.add(tombstone);
            for (ConsumerRecord<String, String> record : dead) {
                assertEquals(target, record.key());
                assertEquals(Topics.LOGS, KafkaProbe.header(record, "dead-letter-topic"));
                assertNotNull(KafkaProbe.header(record, "dead-letter-reason"));
                assertNotNull(KafkaProbe.header(record, "dead-letter-partition"));
                assertEquals("probe", KafkaProbe.header(record, "x-origin"), "original headers are kept");
            }
            assertTrue(KafkaProbe.header(dead.get(0), "dead-letter-reason").contains("LogLineCollected"));
            assertEquals(MALFORMED + 1, dead.stream().map(r -> KafkaProbe.header(r, "dead-letter-offset"))
                    .collect(Collectors.toSet()).size(), "one dead letter per malformed record");

            probe.await(r -> r.topic().equals(Topics.ERRORS) && target.equals(r.key())
                    && EventCodec.decode(r.value(), ErrorDetected.class).windowCount() == GOOD, WAIT);
            List<ErrorDetected> reports = probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> r.topic().equals(Topics.ERRORS) && target.equals(r.key()))
                    .map(r -> EventCodec.decode(r.value(), ErrorDetected.class)).toList();
            assertEquals(GOOD, reports.stream().mapToLong(ErrorDetected::newLines).sum(), reports.toString());
            assertEquals(Set.of("rate_limit"), reports.stream().map(ErrorDetected::category).collect(Collectors.toSet()));
            long deadForTarget = probe.drain(Duration.ZERO).stream()
                    .filter(r -> r.topic().equals(Topics.DLQ) && target.equals(r.key())).count();
            assertEquals(MALFORMED + 1, deadForTarget, "no good line went to the DLQ");
        }
    }

    /** Malformed, empty-valued and good lines interleaved, produced together so they share a poll. */
    private static void burst(String target) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap(),
                "linger.ms", 200, "acks", "all"), new StringSerializer(), new StringSerializer())) {
            int malformed = 0;
            for (int i = 0; i < GOOD; i++) {
                send(producer, target, EventCodec.encode(line(target, tooMany(i))));
                if (i % 2 == 1 && malformed < MALFORMED) {
                    send(producer, target, "{not json " + target + " #" + malformed++);
                }
                if (i == 4) {
                    send(producer, target, null);
                }
            }
            producer.flush();
        }
    }

    private static void send(KafkaProducer<String, String> producer, String target, String value) {
        var record = new ProducerRecord<>(Topics.LOGS, target, value);
        record.headers().add("x-origin", "probe".getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    private static String tooMany(int i) {
        return "2026-01-05 10:00:" + (10 + i) + ",331 ERROR [worker-" + i + "] i.s.demo.Worker - upstream call failed: "
                + "HTTP 429 Too Many Requests (request " + (2000 + i) + ")";
    }

    private static LogLineCollected line(String target, String text) {
        return new LogLineCollected(EventHeader.create("monitor-agent", target), "/var/log/" + target + ".log", 0, text);
    }

    private static String bootstrap() {
        return SharedInfra.get().kafka().bootstrapServers();
    }
}
