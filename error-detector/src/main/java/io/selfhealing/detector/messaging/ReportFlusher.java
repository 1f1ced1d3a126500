package io.selfhealing.detector.messaging;

import io.quarkus.scheduler.Scheduled;
import io.selfhealing.detector.service.DetectorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Time-driven reports: every tick, templates that got lines since their last report and whose
 * report interval passed are reported (RECURRING/ESCALATING) even when no further line arrives.
 */
@ApplicationScoped
public class ReportFlusher {

    private static final Logger LOG = Logger.getLogger(ReportFlusher.class);

    private final DetectorService detector;
    private final ReportSender reports;

    public ReportFlusher(DetectorService detector, ReportSender reports) {
        this.detector = detector;
        this.reports = reports;
    }

    @Scheduled(every = "${healing.detector.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flush() {
        try {
            reports.sendAll(detector.flush()).await().atMost(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            LOG.warnf("error reports not acknowledged, lost; the template is reported again at its next interval: %s", e.getMessage());
        }
    }
}
