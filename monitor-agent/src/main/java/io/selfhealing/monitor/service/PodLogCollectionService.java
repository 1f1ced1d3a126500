package io.selfhealing.monitor.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.monitor.config.MonitorConfig;
import io.selfhealing.monitor.domain.ProbeSettings;
import io.selfhealing.monitor.messaging.LogLinePublisher;
import io.selfhealing.monitor.service.logs.OffsetStore;
import io.selfhealing.monitor.service.logs.PodLogCollector;
import io.selfhealing.monitor.service.probe.KubernetesClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Collects the pod logs of every kubernetes target with {@code probe.podLogs}, each target on a
 * thread of its own: an API server that hangs delays only its own target (every request is
 * bounded by the target's {@code timeoutMs}), never the log files or another cluster.
 */
@ApplicationScoped
public class PodLogCollectionService {

    private static final Logger LOG = Logger.getLogger(PodLogCollectionService.class);

    private final TargetCatalog catalog;
    private final MonitorConfig config;
    private final LogLinePublisher publisher;
    private final KubernetesClients clients = new KubernetesClients();
    private final List<ScheduledExecutorService> schedulers = new ArrayList<>();

    public PodLogCollectionService(TargetCatalog catalog, MonitorConfig config, LogLinePublisher publisher) {
        this.catalog = catalog;
        this.config = config;
        this.publisher = publisher;
    }

    void start(@Observes StartupEvent event) {
        OffsetStore store = new OffsetStore(config.stateDir());
        for (TargetSpec target : catalog.targets()) {
            if (!"kubernetes".equals(target.type()) || !(target.probe().get("podLogs") instanceof Map<?, ?>)) {
                continue;
            }
            try {
                PodLogCollector collector = new PodLogCollector(target.id(), new ProbeSettings(target.probe()), clients,
                        store, config.maxLineBytes(), config.logBatchSize(), publisher);
                if (collector.settings().enabled()) {
                    schedule(target.id(), collector);
                }
            } catch (IllegalArgumentException e) {
                LOG.warnf("pod logs of %s not collected: %s", target.id(), e.getMessage());
            }
        }
    }

    private void schedule(String targetId, PodLogCollector collector) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pod-logs-" + targetId);
            t.setDaemon(true);
            return t;
        });
        schedulers.add(scheduler);
        long everyMs = Math.max(100, collector.settings().interval().toMillis());
        scheduler.scheduleWithFixedDelay(() -> poll(targetId, collector), 0, everyMs, TimeUnit.MILLISECONDS);
        LOG.infof("collecting the pod logs of %s every %d ms", targetId, everyMs);
    }

    private static void poll(String targetId, PodLogCollector collector) {
        try {
            collector.pollOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("pod logs of %s: %s (will retry from the last acknowledged line)", targetId, e.toString());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        schedulers.forEach(ScheduledExecutorService::shutdownNow);
        clients.close();
    }
}
