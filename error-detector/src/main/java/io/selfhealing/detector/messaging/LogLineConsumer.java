package io.selfhealing.detector.messaging;

import io.selfhealing.detector.messaging.DeadLetters.Failed;
import io.selfhealing.detector.messaging.LogLineDeserializer.DecodedLine;
import io.selfhealing.detector.service.DetectorService;
import io.selfhealing.events.ErrorDetected;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * healing.logs → detector → healing.errors, one poll (batch) at a time. Each record is decoded on
 * its own: a record that does not decode, or whose handling throws, goes to healing.dlq (written and
 * acknowledged here, with the connector's dead-letter headers) and the others are handled in order.
 * The batch completes — and its offsets become committable — only after every dead letter and every
 * report it caused was acknowledged by the broker.
 */
@ApplicationScoped
public class LogLineConsumer {

    private static final Uni<Void> NOTHING = Uni.createFrom().voidItem();
    /** Lines whose sends may be in flight at once; below the emitters' buffers. */
    private static final int IN_FLIGHT = 32;

    private final DetectorService detector;
    private final ReportSender reports;
    private final DeadLetters deadLetters;

    public LogLineConsumer(DetectorService detector, ReportSender reports, DeadLetters deadLetters) {
        this.detector = detector;
        this.reports = reports;
        this.deadLetters = deadLetters;
    }

    @Incoming("logs")
    public Uni<Void> onBatch(ConsumerRecords<String, DecodedLine> batch) {
        List<ConsumerRecord<String, DecodedLine>> lines = new ArrayList<>(batch.count());
        List<Failed> malformed = new ArrayList<>();
        for (ConsumerRecord<String, DecodedLine> record : batch) {
            if (record.value() != null && record.value().decoded()) {
                lines.add(record);
            } else {
                malformed.add(undecoded(record));
            }
        }
        Uni<Void> dead = malformed.isEmpty() ? NOTHING : deadLetters.sendAll(malformed);
        return dead.flatMap(ignored -> handleInOrder(lines));
    }

    /**
     * Runs the detector on every line now, then hands what it caused to the producer in line order
     * and waits for all the acknowledgements at once: the producer keeps that order per partition
     * (idempotent, as Kafka clients are by default), so the batch costs one broker round trip, not
     * one per report.
     */
    private Uni<Void> handleInOrder(List<ConsumerRecord<String, DecodedLine>> lines) {
        List<Uni<Void>> pending = new ArrayList<>();
        for (ConsumerRecord<String, DecodedLine> line : lines) {
            Uni<Void> step = handle(line);
            if (step != null) {
                pending.add(step);
            }
        }
        if (pending.isEmpty()) {
            return NOTHING; // most batches of a healthy stream: no reports, no dead letters
        }
        return Uni.join().all(pending).usingConcurrencyOf(IN_FLIGHT).andFailFast().replaceWithVoid();
    }

    /** What the line still needs sent (its reports, or itself as a dead letter), lazily; null for nothing. */
    private Uni<Void> handle(ConsumerRecord<String, DecodedLine> line) {
        List<ErrorDetected> found;
        try {
            found = detector.onLine(line.value().event());
        } catch (RuntimeException e) {
            return deadLetters.send(line, line.value().text(), e);
        }
        if (found.isEmpty()) {
            return null;
        }
        // As the per-record connector did on a nack: a line whose reports the broker refused is a dead letter.
        return reports.sendAll(found).onFailure().recoverWithUni(e -> deadLetters.send(line, line.value().text(), e));
    }

    private static Failed undecoded(ConsumerRecord<String, DecodedLine> record) {
        DecodedLine value = record.value();
        RuntimeException reason = value == null || value.failure() == null
                ? new IllegalArgumentException("empty record on healing.logs") : value.failure();
        return new Failed(record, value == null ? null : value.text(), reason);
    }
}
