package io.selfhealing.common.warmup;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Fetches the metadata (partitions, leaders) of the topic of every outgoing Kafka channel, which a
 * producer otherwise fetches on its first send to a topic, in the middle of the first incident.
 */
@ApplicationScoped
public class ProducerMetadataWarmup implements WarmupStep {

    private final KafkaClientService kafka;
    private final Config config;

    public ProducerMetadataWarmup(KafkaClientService kafka, Config config) {
        this.kafka = kafka;
        this.config = config;
    }

    @Override
    public String name() {
        return "kafka producer metadata";
    }

    @Override
    public Uni<Void> run() {
        List<Uni<Void>> fetches = kafka.getProducerChannels().stream().map(channel -> kafka.getProducer(channel)
                .partitionsFor(topic(channel)).replaceWithVoid()).toList();
        return fetches.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(fetches).andFailFast().replaceWithVoid();
    }

    private String topic(String channel) {
        return config.getOptionalValue("mp.messaging.outgoing." + channel + ".topic", String.class).orElse(channel);
    }
}
