package io.selfhealing.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class ErrorDetectorTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void reportsRateLimitOnceAsNewThenRecurringWhileLinesContinue() {
        String target = "t-429-" + System.nanoTime();
        try (KafkaProbe probe = probe(Topics.ERRORS)) {
            send(probe, target, "2026-01-05 10:00:00,120 INFO  [worker] Processed batch of 10 items in 3 ms");
            for (int i = 0; i < 3; i++) {
                send(probe, target, tooMany(i));
            }
            ConsumerRecord<String, String> first = probe.await(r -> r.key().equals(target), WAIT);
            ErrorDetected report = EventCodec.decode(first.value(), ErrorDetected.class);
            assertEquals("NEW", report.reason());
            assertEquals("rate_limit", report.category());
            assertEquals(3, report.windowCount());
            assertEquals(3, report.newLines());
            assertTrue(report.samples().get(0).contains("429 Too Many Requests"), report.samples().toString());

            send(probe, target, tooMany(3));
            send(probe, target, tooMany(4));
            // the two lines may fall into one report interval or two: wait for the report that counts the fifth
            probe.await(r -> r.key().equals(target)
                    && EventCodec.decode(r.value(), ErrorDetected.class).windowCount() == 5, WAIT);
            List<ErrorDetected> all = forTarget(probe.drain(Duration.ofSeconds(2)), target);
            List<ErrorDetected> later = all.subList(1, all.size());
            assertEquals(report, all.get(0), "the first report is the NEW one");
            assertTrue(later.stream().allMatch(r -> r.reason().equals("RECURRING")
                    && r.templateId().equals(report.templateId())), all.toString());
            assertEquals(2, later.stream().mapToLong(ErrorDetected::newLines).sum(), all.toString());
            assertEquals(5, later.get(later.size() - 1).windowCount(), all.toString());
        }
    }

    @Test
    void countsARedeliveredLineOnce() {
        String target = "t-dup-" + System.nanoTime();
        try (KafkaProbe probe = probe(Topics.ERRORS)) {
            LogLineCollected line = line(target, "ERROR c.e.Db - Connection to 10.0.0.7:5432 refused");
            probe.send(Topics.LOGS, target, EventCodec.encode(line));
            probe.send(Topics.LOGS, target, EventCodec.encode(line));
            probe.send(Topics.LOGS, target, EventCodec.encode(line));
            send(probe, target, "ERROR c.e.Db - Connection to 10.0.0.9:5432 refused");
            assertEquals(List.of(), forTarget(probe.drain(Duration.ofSeconds(3)), target),
                    "two distinct lines are below min-count 3");
            send(probe, target, "ERROR c.e.Db - Connection to 10.0.0.8:5432 refused");
            ErrorDetected report = EventCodec.decode(probe.await(r -> r.key().equals(target), WAIT).value(),
                    ErrorDetected.class);
            assertEquals(3, report.windowCount());
            assertEquals("connection", report.category());
        }
    }

    @Test
    void malformedLogAndHealthEventsGoToDeadLetterQueueAndConsumersKeepWorking() {
        String target = "t-poison-" + System.nanoTime();
        try (KafkaProbe probe = probe(Topics.DLQ, Topics.ERRORS)) {
            probe.send(Topics.LOGS, target, "{not json " + target);
            probe.send(Topics.HEALTH, target, "{\"health\": \"" + target + "\"}");
            var deadLog = probe.await(r -> r.topic().equals(Topics.DLQ) && r.value().startsWith("{not json " + target), WAIT);
            assertTrue(KafkaProbe.header(deadLog, "dead-letter-reason").contains("LogLineCollected"));
            var deadHealth = probe.await(r -> r.topic().equals(Topics.DLQ) && r.value().contains("\"health\": \"" + target),
                    WAIT);
            assertTrue(KafkaProbe.header(deadHealth, "dead-letter-reason").contains("HealthReported"));

            for (int i = 0; i < 3; i++) {
                send(probe, target, tooMany(i));
            }
            probe.await(r -> r.topic().equals(Topics.ERRORS) && r.key().equals(target), WAIT);
        }
    }

    @Test
    void hostileLinesDoNotLoseTheNextGoodLine() {
        String target = "t-hostile-" + System.nanoTime();
        try (KafkaProbe probe = probe(Topics.ERRORS)) {
            send(probe, target, "x".repeat(1_000_000));
            send(probe, target, "");
            send(probe, target, "\u0000\u0001\uFFFD\uD800garbage\u0007");
            for (int i = 0; i < 3; i++) {
                send(probe, target, tooMany(i));
            }
            ErrorDetected report = EventCodec.decode(probe.await(r -> r.key().equals(target), WAIT).value(),
                    ErrorDetected.class);
            assertEquals("rate_limit", report.category());
        }
    }

    private static String tooMany(int i) {
        return "2026-01-05 10:00:0" + i + ",331 ERROR [worker-" + i + "] i.s.demo.Worker - upstream call failed: "
                + "HTTP 429 Too Many Requests (request " + (1000 + i) + ")";
    }

    private static void send(KafkaProbe probe, String target, String text) {
        probe.send(Topics.LOGS, target, EventCodec.encode(line(target, text)));
    }

    private static LogLineCollected line(String target, String text) {
        return new LogLineCollected(EventHeader.create("monitor-agent", target), "/var/log/" + target + ".log", 0, text);
    }

    private static List<ErrorDetected> forTarget(List<ConsumerRecord<String, String>> records, String target) {
        return records.stream().filter(r -> target.equals(r.key()) && r.topic().equals(Topics.ERRORS))
                .map(r -> EventCodec.decode(r.value(), ErrorDetected.class)).toList();
    }

    private static KafkaProbe probe(String... topics) {
        return new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), topics);
    }
}
