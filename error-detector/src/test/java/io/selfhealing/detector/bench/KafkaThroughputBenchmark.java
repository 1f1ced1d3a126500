package io.selfhealing.detector.bench;

import io.selfhealing.common.messaging.RecentIds;
import io.selfhealing.detector.miner.TemplateMiner;
import io.selfhealing.detector.service.CategoryRules;
import io.selfhealing.detector.service.DetectorEngine;
import io.selfhealing.detector.service.DetectorSettings;
import io.selfhealing.detector.service.LineCategoriser;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * End to end through a real broker (EmbeddedKafka, KRaft, in this JVM): LogLineCollected JSON on
 * healing.logs → consumer → decode + dedupe + detector engine → ErrorDetected on healing.errors
 * (acks=all, awaited per poll batch) → offsets committed. Plain Kafka clients around the same
 * engine the agent runs; the SmallRye connector of the agent is not part of this figure.
 */
public final class KafkaThroughputBenchmark {

    private static final int LINES = 400_000;

    private KafkaThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> stream = MixedStream.load(Path.of(args[0]), 5_000);
        Path data = Files.createTempDirectory("detector-bench-kafka");
        try (EmbeddedKafka kafka = new EmbeddedKafka(data, 0).start()) {
            kafka.createTopics(List.of(Topics.LOGS, Topics.ERRORS), 1);
            String servers = kafka.bootstrapServers();
            try (var producer = producer(servers)) {
                long t0 = System.nanoTime();
                for (int i = 0; i < LINES; i++) {
                    String target = "target-" + (i & 7);
                    var event = new LogLineCollected(EventHeader.create("bench", target), "app.log", i,
                            stream.get(i % stream.size()));
                    producer.send(new ProducerRecord<>(Topics.LOGS, target, EventCodec.encode(event)));
                }
                producer.flush();
                System.out.printf(Locale.ROOT, "kafka: %,d LogLineCollected produced in %.1f s (not counted)%n", LINES,
                        (System.nanoTime() - t0) / 1e9);
                consume(servers, producer);
            }
        }
    }

    private static void consume(String servers, KafkaProducer<String, String> producer) throws Exception {
        DetectorEngine engine = new DetectorEngine(DetectorSettings.defaults(),
                new LineCategoriser(CategoryRules.defaults()), new TemplateMiner());
        RecentIds seen = new RecentIds(100_000);
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", servers,
                "group.id", "bench-" + System.nanoTime(), "auto.offset.reset", "earliest", "enable.auto.commit", false,
                "max.poll.records", 5000, "fetch.min.bytes", 1), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.LOGS));
            long count = 0;
            long reports = 0;
            long t0 = 0;
            while (count < LINES) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (t0 == 0 && !records.isEmpty()) {
                    t0 = System.nanoTime();
                }
                List<Future<?>> acks = new ArrayList<>();
                for (ConsumerRecord<String, String> r : records) {
                    LogLineCollected line = EventCodec.decode(r.value(), LogLineCollected.class);
                    if (seen.firstTime(line.header().eventId())) {
                        for (ErrorDetected report : engine.onLine(line, System.currentTimeMillis())) {
                            acks.add(producer.send(new ProducerRecord<>(Topics.ERRORS, report.header().targetId(),
                                    EventCodec.encode(report))));
                        }
                    }
                    count++;
                }
                for (Future<?> ack : acks) {
                    ack.get();
                }
                reports += acks.size();
                consumer.commitSync();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "end to end: %,d lines in %.2f s = %,.0f lines/s through the broker, "
                    + "%d ErrorDetected acknowledged on %s%n", count, secs, count / secs, reports, Topics.ERRORS);
        }
    }

    private static KafkaProducer<String, String> producer(String servers) {
        return new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", servers, "acks", "all", "linger.ms", 5,
                "batch.size", 262_144, "compression.type", "lz4"), new StringSerializer(), new StringSerializer());
    }
}
