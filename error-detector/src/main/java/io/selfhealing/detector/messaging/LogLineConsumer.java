package io.selfhealing.detector.messaging;

import io.selfhealing.detector.messaging.DeadLetters.Failed;
import io.selfhealing.detector.service.DetectorService;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.LogLineCollected;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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

    private final DetectorService detector;
    private final ReportSender reports;
    private final DeadLetters deadLetters;

    public LogLineConsumer(DetectorService detector, ReportSender reports, DeadLetters deadLetters) {
        this.detector = detector;
        this.reports = reports;
        this.deadLetters = deadLetters;
    }

    @Incoming("logs")
    public Uni<Void> onBatch(ConsumerRecords<String, String> batch) {
        List<Decoded> lines = new ArrayList<>(batch.count());
        List<Failed> malformed = new ArrayList<>();
        for (ConsumerRecord<String, String> record : batch) {
            try {
                lines.add(new Decoded(record, EventCodec.decode(record.value(), LogLineCollected.class)));
            } catch (RuntimeException e) {
                malformed.add(new Failed(record, e));
            }
        }
        Uni<Void> dead = malformed.isEmpty() ? NOTHING : deadLetters.sendAll(malformed);
        return dead.flatMap(ignored -> handleInOrder(lines));
    }

    /** Runs the detector on every line now; sends what it caused in line order. */
    private Uni<Void> handleInOrder(List<Decoded> lines) {
        List<Supplier<Uni<Void>>> pending = new ArrayList<>();
        for (Decoded line : lines) {
            Supplier<Uni<Void>> step = handle(line);
            if (step != null) {
                pending.add(step);
            }
        }
        if (pending.isEmpty()) {
            return NOTHING; // most batches of a healthy stream: no reports, no dead letters
        }
        return Multi.createFrom().iterable(pending).onItem().transformToUniAndConcatenate(Supplier::get)
                .collect().last().replaceWithVoid();
    }

    /** What the line still needs sent (its reports, or itself as a dead letter); null for nothing. */
    private Supplier<Uni<Void>> handle(Decoded line) {
        List<ErrorDetected> found;
        try {
            found = detector.onLine(line.event());
        } catch (RuntimeException e) {
            return () -> deadLetters.send(line.record(), e);
        }
        if (found.isEmpty()) {
            return null;
        }
        // As the per-record connector did on a nack: a line whose reports the broker refused is a dead letter.
        return () -> reports.sendAll(found).onFailure().recoverWithUni(e -> deadLetters.send(line.record(), e));
    }

    private record Decoded(ConsumerRecord<String, String> record, LogLineCollected event) {
    }
}
