package io.selfhealing.detector.messaging;

import io.selfhealing.detector.service.DetectorService;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.LogLineCollected;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** healing.logs → detector → healing.errors (each report acknowledged by the broker). */
@ApplicationScoped
public class LogLineConsumer {

    private final DetectorService detector;
    private final ReportSender reports;

    public LogLineConsumer(DetectorService detector, ReportSender reports) {
        this.detector = detector;
        this.reports = reports;
    }

    @Incoming("logs")
    public Uni<Void> onLine(String json) {
        LogLineCollected line = EventCodec.decode(json, LogLineCollected.class);
        return reports.sendAll(detector.onLine(line));
    }
}
