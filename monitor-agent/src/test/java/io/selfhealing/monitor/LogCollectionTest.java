package io.selfhealing.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.monitor.messaging.LogLinePublisher;
import io.selfhealing.monitor.service.logs.LogCollector;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MonitorFixture.class, restrictToAnnotatedClass = false)
class LogCollectionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    LogLinePublisher publisher;

    @Test
    void appendedLinesArriveInOrderAndFollowRotationAndTruncation() throws IOException {
        Path log = Path.of(ConfigProvider.getConfig().getValue("fixture.log-file", String.class));
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.LOGS)) {
            String run = "run" + System.nanoTime();
            List<String> written = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                written.add(run + " line " + i);
            }
            append(log, String.join("\n", written) + "\n" + run + " partial");
            List<LogLineCollected> got = awaitLines(probe, run, 30);
            assertEquals(written, got.stream().map(LogLineCollected::line).toList());
            assertEquals(0, got.get(0).offset());
            assertEquals(log.toString(), got.get(0).stream());
            assertEquals("flaky", got.get(0).header().targetId());

            append(log, " completed\n");
            assertEquals(run + " partial completed", awaitLines(probe, run, 31).get(30).line());

            Files.move(log, log.resolveSibling("app.log.1"));
            append(log.resolveSibling("app.log.1"), run + " late line in the old file\n");
            append(log, run + " first line after rotation\n");
            List<LogLineCollected> rotated = awaitLines(probe, run, 33);
            assertTrue(rotated.stream().anyMatch(l -> l.line().endsWith("late line in the old file")));
            LogLineCollected fresh = rotated.get(32);
            assertEquals(run + " first line after rotation", fresh.line());
            assertEquals(0, fresh.offset());

            append(log, run + " more before truncation\n");
            awaitLines(probe, run, 34);
            Files.write(log, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
            append(log, run + " after truncation\n");
            LogLineCollected truncated = awaitLines(probe, run, 35).get(34);
            assertEquals(run + " after truncation", truncated.line());
            assertEquals(0, truncated.offset());
        }
    }

    @Test
    void aRestartedCollectorNeverResendsAcknowledgedLines() throws IOException {
        Path dir = Path.of(ConfigProvider.getConfig().getValue("fixture.dir", String.class));
        Path state = Files.createTempDirectory(dir, "restart-state");
        Path log = Files.createTempFile(dir, "restart", ".log");
        String run = "restart" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.LOGS)) {
            append(log, run + " a\n" + run + " b\n");
            try (LogCollector before = new LogCollector(state, 65536, 100, publisher).follow("restart", log)) {
                assertEquals(2, before.pollOnce());
            }
            append(log, run + " c\n");
            try (LogCollector after = new LogCollector(state, 65536, 100, publisher).follow("restart", log)) {
                assertEquals(1, after.pollOnce());
                assertEquals(0, after.pollOnce());
            }
            awaitLines(probe, run, 3);
            List<String> lines = probe.drain(Duration.ofSeconds(1)).stream()
                    .map(r -> EventCodec.decode(r.value(), LogLineCollected.class).line())
                    .filter(l -> l.startsWith(run)).toList();
            assertEquals(List.of(run + " a", run + " b", run + " c"), lines);
        }
    }

    private static List<LogLineCollected> awaitLines(KafkaProbe probe, String run, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<LogLineCollected> got = lines(probe.drain(Duration.ofMillis(200)), run);
        while (got.size() < count && System.nanoTime() < deadline) {
            got = lines(probe.drain(Duration.ofMillis(200)), run);
        }
        assertEquals(count, got.size(), "lines of " + run + ": " + got);
        return got;
    }

    private static List<LogLineCollected> lines(List<ConsumerRecord<String, String>> records, String run) {
        return records.stream().map(r -> EventCodec.decode(r.value(), LogLineCollected.class))
                .filter(l -> l.line().startsWith(run)).toList();
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
