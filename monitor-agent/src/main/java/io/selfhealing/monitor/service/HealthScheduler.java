package io.selfhealing.monitor.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandType;
import io.selfhealing.monitor.config.MonitorConfig;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.messaging.HealthPublisher;
import io.selfhealing.monitor.service.probe.PoolMetrics;
import io.selfhealing.monitor.service.probe.Probe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs every target's probe on the target's own interval. A run that has not finished when its
 * timeout passes is reported CRITICAL at that moment; a target whose run is still going skips
 * its next tick. Other targets are never delayed: the scheduler thread only starts runs. A target
 * with {@code probe.metricsUrl} also gets its connection pool check ({@link PoolMetrics}), whatever
 * its type.
 */
@ApplicationScoped
public class HealthScheduler {

    private static final Logger LOG = Logger.getLogger(HealthScheduler.class);
    /** Grace over a probe's own timeout before the scheduler gives up on it. */
    private static final long GRACE_MS = 250;

    private final TargetCatalog catalog;
    private final HealthPublisher publisher;
    private final StatusTracker tracker;
    private final PoolMetrics poolMetrics;
    private final Map<String, Probe> probes = new HashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Map<String, ProbeContext> contexts = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public HealthScheduler(TargetCatalog catalog, HealthPublisher publisher, MonitorConfig config,
            Instance<Probe> probes, PoolMetrics poolMetrics) {
        this.catalog = catalog;
        this.publisher = publisher;
        this.tracker = new StatusTracker(config.heartbeat());
        this.poolMetrics = poolMetrics;
        probes.forEach(p -> this.probes.put(p.type(), p));
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "health-scheduler");
            t.setDaemon(true);
            return t;
        });
        for (TargetSpec target : catalog.targets()) {
            ProbeContext context = ProbeContext.of(target);
            contexts.put(target.id(), context);
            long intervalMs = Math.max(100, context.settings().interval().toMillis());
            scheduler.scheduleAtFixedRate(() -> tick(context), 0, intervalMs, TimeUnit.MILLISECONDS);
        }
        LOG.infof("probing %d targets", catalog.targets().size());
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Starts one probe run of the target unless the previous one is still going. */
    void tick(ProbeContext context) {
        String id = context.target().id();
        if (!running.add(id)) {
            return;
        }
        try {
            bounded(context).thenAccept(result -> {
                running.remove(id);
                report(context.target(), result);
            });
        } catch (RuntimeException e) { // never let an exception cancel the target's schedule
            running.remove(id);
            report(context.target(), ProbeFailures.toResult(context, e));
        }
    }

    /**
     * Probes the target (or every target for {@link CommandType#ALL_TARGETS}) at once, besides its
     * schedule, and publishes every result with the request's id and how many targets answer it.
     * Completes when the broker acknowledged all of them; an unknown target answers nothing.
     */
    public CompletableFuture<Void> probeNow(String targetId, String requestId) {
        List<ProbeContext> chosen = CommandType.ALL_TARGETS.equals(targetId) ? List.copyOf(contexts.values())
                : contexts.containsKey(targetId) ? List.of(contexts.get(targetId)) : List.of();
        CompletableFuture<?>[] answers = chosen.stream().map(context -> bounded(context)
                .thenCompose(result -> publisher.publishAnswer(context.target(), result, requestId, chosen.size())
                        .subscribeAsCompletionStage())).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(answers);
    }

    /** One probe run, CRITICAL when it has not finished within its timeout (plus a grace). */
    private CompletableFuture<ProbeResult> bounded(ProbeContext context) {
        long limitMs = context.settings().timeout().toMillis() + GRACE_MS;
        return run(context).orTimeout(limitMs, TimeUnit.MILLISECONDS)
                .exceptionally(error -> ProbeFailures.toResult(context, error));
    }

    private CompletableFuture<ProbeResult> run(ProbeContext context) {
        Probe probe = probes.get(context.target().type());
        if (probe == null) {
            return CompletableFuture.completedFuture(ProbeResult.unknown(context.target().type(),
                    "no probe for type " + context.target().type()));
        }
        try {
            return poolMetrics.alongside(context, probe.check(context).toCompletableFuture());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void report(TargetSpec target, ProbeResult result) {
        if (!tracker.shouldPublish(target.id(), result.status(), Instant.now())) {
            return;
        }
        publisher.publish(target, result).subscribe().with(
                ok -> LOG.debugf("%s is %s %s", target.id(), result.status(), result.reasons()),
                failure -> {
                    MDC.put("targetId", target.id());
                    LOG.warnf("health report of %s not acknowledged: %s", target.id(), failure.toString());
                    MDC.remove("targetId");
                    tracker.forget(target.id());
                });
    }
}
