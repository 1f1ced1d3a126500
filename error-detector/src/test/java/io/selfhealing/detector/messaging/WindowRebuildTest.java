package io.selfhealing.detector.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.detector.config.DetectorConfig;
import io.selfhealing.detector.service.DetectorService;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The hand-over of a partition's windows (docs/pipeline.md "Scale out"): lines the running instance
 * consumed and committed are counted by a fresh instance that is given the partition, so the third
 * line of a template still reports at once on the successor — and does not without the rebuild.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class WindowRebuildTest {

    private static final String GROUP = "error-detector";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    DetectorConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Test
    void aSuccessorGivenThePartitionCountsTheLinesItsPredecessorCommitted() throws Exception {
        String target = "t-rebuild-" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.ERRORS)) {
            probe.send(Topics.LOGS, target, EventCodec.encode(line(target, 0)));
            probe.send(Topics.LOGS, target, EventCodec.encode(line(target, 1)));
            Set<TopicPartition> partitions = awaitCommittedToTheEnd();

            DetectorService successor = new DetectorService(config, Optional.empty());
            try (KafkaConsumer<String, String> member = new KafkaConsumer<>(groupMember())) {
                new WindowRebuild(successor, config, kafka).onPartitionsAssigned(member, partitions);
            }
            List<ErrorDetected> reports = third(successor, target);
            assertEquals(1, reports.size(), reports.toString());
            assertEquals(3, reports.get(0).windowCount(), "two rebuilt lines and the new one");
            assertEquals("NEW", reports.get(0).reason());

            DetectorService withoutRebuild = new DetectorService(config, Optional.empty());
            assertTrue(third(withoutRebuild, target).isEmpty(), "one line alone is below min-count 3");
        }
    }

    private static List<ErrorDetected> third(DetectorService detector, String target) {
        List<ErrorDetected> reports = new ArrayList<>(detector.onLine(line(target, 2)));
        reports.addAll(detector.flush());
        return reports.stream().filter(r -> r.header().targetId().equals(target)).toList();
    }

    /** Waits until the running detector committed every partition of healing.logs to its end. */
    private Set<TopicPartition> awaitCommittedToTheEnd() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfra.get().kafka().bootstrapServers()))) {
            Set<TopicPartition> partitions = admin.describeTopics(List.of(Topics.LOGS)).allTopicNames().get()
                    .get(Topics.LOGS).partitions().stream().map(p -> new TopicPartition(Topics.LOGS, p.partition()))
                    .collect(Collectors.toSet());
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
                var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp,
                        tp -> OffsetSpec.latest()))).all().get();
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                return partitions.stream().allMatch(tp -> ends.get(tp).offset() == 0
                        || (committed.get(tp) != null && committed.get(tp).offset() >= ends.get(tp).offset()));
            });
            return partitions;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> groupMember() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfra.get().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    }

    private static LogLineCollected line(String target, int i) {
        return new LogLineCollected(EventHeader.create("monitor-agent", target), "/var/log/app.log", i,
                "2026-01-05 10:00:0" + i + ",331 ERROR [worker-" + i + "] i.s.demo.Worker - upstream call failed: "
                        + "HTTP 429 Too Many Requests (request " + (1000 + i) + ")");
    }
}
