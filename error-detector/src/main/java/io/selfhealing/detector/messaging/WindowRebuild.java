package io.selfhealing.detector.messaging;

import io.selfhealing.detector.config.DetectorConfig;
import io.selfhealing.detector.service.DetectorService;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.LogLineCollected;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * The sliding windows of a {@code healing.logs} partition follow the partition: when this instance
 * is given partitions (start, restart, another instance died or joined), it reads each one again
 * from {@code window} ago up to the group's committed offset — the lines an earlier owner already
 * handled — with a reader of its own, and feeds them to the detector without publishing
 * ({@link DetectorService#warmUp}), before the channel consumes on from the committed offset. Lines
 * this instance handled before are skipped by the detector's dedupe of event ids, so a partition
 * that stays here across a rebalance is not counted twice. Bounded: at most {@code maxRecords}
 * lines and {@code maxTime} per assignment (the rest of the window is then missing, as before).
 */
@ApplicationScoped
@Identifier("logs-window-rebuild")
public class WindowRebuild implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(WindowRebuild.class);
    private static final Duration MAX_TIME = Duration.ofSeconds(20);

    private final DetectorService detector;
    private final Map<String, Object> kafka;
    private final Duration window;
    private final long maxRecords;

    public WindowRebuild(DetectorService detector, DetectorConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.detector = detector;
        this.kafka = kafka;
        this.window = config.window();
        this.maxRecords = Math.max(0, config.dedupeCapacity() / 2);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty() || maxRecords == 0) {
            return;
        }
        Map<TopicPartition, Long> until = new HashMap<>();
        try {
            consumer.committed(new HashSet<>(partitions), Duration.ofSeconds(10)).forEach((tp, committed) -> {
                if (committed != null && committed.offset() > 0) {
                    until.put(tp, committed.offset());
                }
            });
            if (!until.isEmpty()) {
                long started = System.nanoTime();
                int lines = replay(until);
                LOG.infof("windows of %s rebuilt from %d line(s) of the last %s in %d ms", until.keySet(), lines,
                        window, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            LOG.warnf("windows of %s not rebuilt (%s); they fill again from new lines", partitions, e.getMessage());
        }
    }

    /** Feeds the lines of [window ago, committed offset) of each partition to the detector; returns how many. */
    private int replay(Map<TopicPartition, Long> until) {
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(readerConfig())) {
            long from = System.currentTimeMillis() - window.toMillis();
            Map<TopicPartition, Long> times = new HashMap<>();
            until.keySet().forEach(tp -> times.put(tp, from));
            Map<TopicPartition, OffsetAndTimestamp> starts = reader.offsetsForTimes(times);
            Map<TopicPartition, Long> seekTo = new HashMap<>();
            for (Map.Entry<TopicPartition, Long> e : until.entrySet()) {
                OffsetAndTimestamp start = starts.get(e.getKey());
                long offset = start == null ? e.getValue() : Math.max(start.offset(), e.getValue() - maxRecords);
                if (offset < e.getValue()) {
                    seekTo.put(e.getKey(), offset);
                }
            }
            reader.assign(seekTo.keySet());
            seekTo.forEach(reader::seek);
            return drain(reader, new HashSet<>(seekTo.keySet()), until);
        }
    }

    private int drain(KafkaConsumer<String, String> reader, Set<TopicPartition> open, Map<TopicPartition, Long> until) {
        int lines = 0;
        long deadline = System.nanoTime() + MAX_TIME.toNanos();
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : reader.poll(Duration.ofMillis(200))) {
                if (r.offset() < until.get(new TopicPartition(r.topic(), r.partition()))) {
                    lines += warm(r) ? 1 : 0;
                }
            }
            open.removeIf(tp -> reader.position(tp) >= until.get(tp));
        }
        return lines;
    }

    private boolean warm(ConsumerRecord<String, String> r) {
        try {
            detector.warmUp(EventCodec.decode(r.value(), LogLineCollected.class), r.timestamp());
            return true;
        } catch (RuntimeException e) {
            return false; // dead-lettered when it was first consumed
        }
    }

    private Map<String, Object> readerConfig() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "error-detector-window-rebuild");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return config;
    }
}
