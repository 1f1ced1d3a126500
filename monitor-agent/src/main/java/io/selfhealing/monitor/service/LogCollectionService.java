package io.selfhealing.monitor.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.monitor.config.MonitorConfig;
import io.selfhealing.monitor.messaging.LogLinePublisher;
import io.selfhealing.monitor.service.logs.LogCollector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Tails every target's log files on one thread, every {@code healing.monitor.log-poll-interval}. */
@ApplicationScoped
public class LogCollectionService {

    private static final Logger LOG = Logger.getLogger(LogCollectionService.class);

    private final TargetCatalog catalog;
    private final MonitorConfig config;
    private final LogLinePublisher publisher;
    private ScheduledExecutorService scheduler;
    private LogCollector collector;

    public LogCollectionService(TargetCatalog catalog, MonitorConfig config, LogLinePublisher publisher) {
        this.catalog = catalog;
        this.config = config;
        this.publisher = publisher;
    }

    void start(@Observes StartupEvent event) {
        collector = new LogCollector(config.stateDir(), config.maxLineBytes(), config.logBatchSize(), publisher);
        for (TargetSpec target : catalog.targets()) {
            target.logs().forEach(file -> collector.follow(target.id(), Path.of(file)));
        }
        if (collector.fileCount() == 0) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "log-collector");
            t.setDaemon(true);
            return t;
        });
        long everyMs = Math.max(10, config.logPollInterval().toMillis());
        scheduler.scheduleWithFixedDelay(this::poll, 0, everyMs, TimeUnit.MILLISECONDS);
        LOG.infof("collecting %d log files, offsets in %s", collector.fileCount(), config.stateDir());
    }

    private void poll() {
        try {
            collector.pollOnce();
        } catch (RuntimeException e) {
            LOG.warnf("log collection round failed: %s", e.toString());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (collector != null) {
            collector.close();
        }
    }
}
