package io.selfhealing.detector.messaging;

import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.events.ErrorDetected;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Sends reports to healing.errors in order, all handed to the producer at once (it keeps their
 * order per partition), completing when the broker acknowledged all of them.
 */
@ApplicationScoped
public class ReportSender {

    private final EventSender sender;
    private final MutinyEmitter<String> errors;

    public ReportSender(EventSender sender, @Channel("errors") MutinyEmitter<String> errors) {
        this.sender = sender;
        this.errors = errors;
    }

    private static final Uni<Void> NOTHING = Uni.createFrom().voidItem();

    public Uni<Void> sendAll(List<ErrorDetected> reports) {
        if (reports.isEmpty()) {
            return NOTHING; // most lines: no Uni chain to build
        }
        List<Uni<Void>> sends = reports.stream().map(report -> sender.send(errors, report)).toList();
        return Uni.join().all(sends).andFailFast().replaceWithVoid();
    }
}
