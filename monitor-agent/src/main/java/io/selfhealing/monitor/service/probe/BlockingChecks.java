package io.selfhealing.monitor.service.probe;

import io.selfhealing.events.CheckResult;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.config.MonitorConfig;
import io.selfhealing.monitor.domain.ProbeResult;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs checks that block (JDBC, JGit, OSHI, Kafka admin) on a small pool of their own, never on
 * the event loop. A target whose previous check is still stuck (past the scheduler's timeout) is
 * not given a second thread: it is reported CRITICAL until the stuck check returns, so one hung
 * target can hold at most one thread.
 */
@ApplicationScoped
public class BlockingChecks {

    private final ExecutorService pool;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();

    @Inject
    public BlockingChecks(MonitorConfig config) {
        this(config.probeThreads());
    }

    public BlockingChecks(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "blocking-probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public CompletableFuture<ProbeResult> run(String targetId, String check, Callable<ProbeResult> work) {
        if (!busy.add(targetId)) {
            String reason = "previous " + check + " check still running";
            return CompletableFuture.completedFuture(new ProbeResult(HealthStatus.CRITICAL, List.of(reason),
                    List.of(new CheckResult(check, HealthStatus.CRITICAL, null, Map.of("error", reason)))));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            } finally {
                busy.remove(targetId);
            }
        }, pool);
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }
}
