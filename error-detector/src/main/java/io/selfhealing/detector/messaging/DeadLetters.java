package io.selfhealing.detector.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Writes records the batch consumer could not handle to healing.dlq exactly as the connector's
 * dead-letter-queue strategy does: original key, value and headers plus the {@code dead-letter-*}
 * headers; completes when the broker acknowledged every write.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** Below the emitter's buffer, so a batch full of poison never overflows it. */
    private static final int IN_FLIGHT = 64;

    private final MutinyEmitter<String> dlq;

    public DeadLetters(@Channel("dead-letters") MutinyEmitter<String> dlq) {
        this.dlq = dlq;
    }

    /** Writes every failure in order (concurrently acknowledged); fails if any write is not acknowledged. */
    public Uni<Void> sendAll(List<Failed> failures) {
        if (failures.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> writes = failures.stream().map(f -> send(f.record(), f.payload(), f.reason())).toList();
        return Uni.join().all(writes).usingConcurrencyOf(IN_FLIGHT).andFailFast().replaceWithVoid();
    }

    /** Writes the record's payload (its original text) with its key and headers. */
    public Uni<Void> send(ConsumerRecord<String, ?> record, String payload, Throwable reason) {
        return Uni.createFrom().deferred(() -> {
            LOG.warnf("healing.logs %d/%d to %s: %s", record.partition(), record.offset(), "healing.dlq", message(reason));
            var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key())
                    .withHeaders(headers(record, reason)).build();
            return dlq.sendMessage(Message.of(payload).addMetadata(metadata));
        });
    }

    /** The connector's dead-letter headers, then the original record's headers. */
    static Headers headers(ConsumerRecord<String, ?> record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        add(headers, "dead-letter-reason", message(reason));
        if (reason.getCause() != null) {
            add(headers, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
            add(headers, "dead-letter-cause", message(reason.getCause()));
        }
        add(headers, "dead-letter-topic", record.topic());
        add(headers, "dead-letter-partition", Integer.toString(record.partition()));
        add(headers, "dead-letter-offset", Long.toString(record.offset()));
        record.headers().forEach(headers::add);
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String message(Throwable t) {
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    /** A record, its original text and why it could not be handled. */
    public record Failed(ConsumerRecord<String, ?> record, String payload, Throwable reason) {
    }
}
