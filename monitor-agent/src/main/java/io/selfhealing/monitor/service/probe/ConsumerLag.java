package io.selfhealing.monitor.service.probe;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Total lag of a consumer group: end offset minus committed offset, summed over its partitions. */
final class ConsumerLag {

    private ConsumerLag() {
    }

    static long of(Admin admin, String group, long timeoutMs) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = new java.util.HashMap<>(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(timeoutMs, TimeUnit.MILLISECONDS));
        committed.values().removeIf(java.util.Objects::isNull);
        if (committed.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(timeoutMs, TimeUnit.MILLISECONDS);
        long lag = 0;
        for (var entry : committed.entrySet()) {
            ListOffsetsResultInfo end = ends.get(entry.getKey());
            if (end != null) {
                lag += Math.max(0, end.offset() - entry.getValue().offset());
            }
        }
        return lag;
    }
}
