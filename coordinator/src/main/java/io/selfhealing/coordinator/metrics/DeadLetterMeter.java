package io.selfhealing.coordinator.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.selfhealing.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code healing_dlq_records_total{topic}}: every record any agent wrote to healing.dlq, by the topic
 * it could not be handled on (the {@code dead-letter-topic} header every writer sets; {@code unknown}
 * without it or for a name outside the contract, so a label never takes arbitrary values). One place counts the dead letters of the whole platform. The record itself is not read.
 */
@ApplicationScoped
public class DeadLetterMeter {

    private final MeterRegistry registry;

    public DeadLetterMeter(MeterRegistry registry) {
        this.registry = registry;
        for (String topic : Topics.ALL) {
            if (!topic.equals(Topics.DLQ)) {
                counter(topic);
            }
        }
    }

    @Incoming("dead-letters")
    public void count(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-topic");
        String topic = header == null ? "unknown" : new String(header.value(), StandardCharsets.UTF_8);
        counter(Topics.ALL.contains(topic) ? topic : "unknown").increment();
    }

    private Counter counter(String topic) {
        return Counter.builder("healing.dlq.records").description("Records written to healing.dlq, by source topic")
                .tag("topic", topic).register(registry);
    }
}
