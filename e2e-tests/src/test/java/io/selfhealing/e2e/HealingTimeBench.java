package io.selfhealing.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (not a test: run by {@code bench/healing-time}): per-hop healing latency. One platform
 * start with N demo targets; the rate-limit fault is injected into one target at a time and the
 * next waits until the previous fix was applied, so each run measures the pipeline, not a queue
 * behind other incidents. Prints every run's hops and p50/p95 per hop as a Markdown table.
 */
class HealingTimeBench {

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    private static final Predicate<String> RATE_LIMITED = line -> line.contains(" 429 ");

    @Test
    void perHopLatency() throws Exception {
        int runs = Integer.getInteger("bench.runs", 8);
        List<String> targets = IntStream.range(0, runs).mapToObj(i -> "ht-" + i).toList();
        List<String> topics = Topics.ALL.stream().filter(t -> !t.equals(Topics.DLQ)).toList();
        try (PlatformFixture fixture = new PlatformFixture(targets);
             KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(),
                     topics.toArray(String[]::new))) {
            List<JsonNode> incidents = new ArrayList<>();
            for (String target : targets) {
                fixture.injectRateLimit(target, "{\"maxCallsPerSecond\": 1.0}");
                incidents.add(fixture.awaitIncident(target, "VALIDATING", Duration.ofMinutes(3)).path("incident"));
                probe.drain(Duration.ZERO);
            }
            List<HopTimeline.Seen> seen = probe.drain(Duration.ofSeconds(1)).stream().map(HealingTimeBench::seen)
                    .toList();
            List<Map<String, Long>> hops = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Instant written = firstErrorLine(fixture.platform.demo(targets.get(i)).logFile());
                Map<String, Long> run = HopTimeline.hops(HopTimeline.moments(targets.get(i), written, RATE_LIMITED,
                        incidents.get(i), seen));
                System.out.println("BENCH run " + (i + 1) + " " + targets.get(i) + ": " + run);
                hops.add(run);
            }
            System.out.println("BENCH per-hop latency over " + runs + " runs (Kafka record timestamps):");
            HopTimeline.table(hops).lines().forEach(line -> System.out.println("BENCH " + line));
        }
    }

    private static HopTimeline.Seen seen(ConsumerRecord<String, String> r) {
        JsonNode value;
        try {
            value = EventCodec.mapper().readTree(r.value());
        } catch (IOException | RuntimeException e) {
            value = EventCodec.mapper().createObjectNode();
        }
        return new HopTimeline.Seen(r.topic(), r.key(), Instant.ofEpochMilli(r.timestamp()), value);
    }

    private static Instant firstErrorLine(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(RATE_LIMITED).findFirst()
                    .map(l -> LocalDateTime.parse(l.substring(0, 23), LOG_TIME).atZone(ZoneId.systemDefault())
                            .toInstant())
                    .orElse(null);
        }
    }
}
