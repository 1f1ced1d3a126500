package io.selfhealing.monitor.service.probe;

import static io.selfhealing.monitor.service.probe.HostProbeTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.monitor.domain.ProbeResult;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against the real embedded broker of platform-infra. */
class KafkaClusterProbeTest {

    private final KafkaClusterProbe probe = new KafkaClusterProbe(null);

    @AfterEach
    void close() {
        probe.close();
    }

    @Test
    void reportsBrokersAndTheLagOfAGroupThatFellBehind() throws Exception {
        String bootstrap = SharedInfra.get().kafka().bootstrapServers();
        String topic = "lag-" + System.nanoTime();
        String group = "slow-" + System.nanoTime();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            try (KafkaProbe producer = new KafkaProbe(bootstrap)) {
                for (int i = 0; i < 5; i++) {
                    producer.send(topic, "k", "v" + i);
                }
            }
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(0)))
                    .all().get();
        }
        ProbeResult result = probe.measure(Targets.context("kafka", Map.of("bootstrapServers", bootstrap,
                "groups", List.of(group), "thresholds", Map.of("consumerLag", Map.of("warning", 3)))));
        assertEquals(1, ((Number) check(result, "brokers").details().get("brokers")).intValue());
        assertEquals(5.0, ((Number) check(result, "lag:" + group).details().get("consumerLag")).doubleValue());
        assertEquals(HealthStatus.WARNING, result.status(), result.reasons().toString());
    }

    @Test
    void anUnreachableClusterIsCriticalAfterItsTimeout() {
        ProbeResult result = probe.measure(Targets.context("kafka",
                Map.of("bootstrapServers", "127.0.0.1:1", "timeoutMs", 1000)));
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertTrue(result.reasons().get(0).startsWith("kafka unreachable"), result.reasons().toString());
    }
}
