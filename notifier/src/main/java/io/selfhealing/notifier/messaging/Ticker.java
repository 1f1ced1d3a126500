package io.selfhealing.notifier.messaging;

import io.quarkus.scheduler.Scheduled;
import io.selfhealing.notifier.service.DeliveryWorker;
import io.selfhealing.notifier.service.Dispatcher;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The clock: due groups become deliveries, due deliveries are sent. Runs every second (repeats, escalation,
 * retries) and at once when an alert came in ({@link #nudge()}), so a first notification does not wait for the
 * next second. Runs never overlap.
 */
@ApplicationScoped
public class Ticker {

    private static final Logger LOG = Logger.getLogger(Ticker.class);

    private final Dispatcher dispatcher;
    private final DeliveryWorker worker;
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notifier-nudge");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    public Ticker(Dispatcher dispatcher, DeliveryWorker worker) {
        this.dispatcher = dispatcher;
        this.worker = worker;
    }

    @Scheduled(every = "${healing.notifier.tick:1s}", delayed = "1s", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        run();
    }

    /** Asks for a run as soon as possible; several nudges while one is queued make one run. */
    public void nudge() {
        if (queued.compareAndSet(false, true)) {
            nudges.execute(() -> {
                queued.set(false);
                try {
                    run();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "run after an alert failed; the next tick tries again");
                }
            });
        }
    }

    private synchronized void run() {
        dispatcher.tick(Instant.now());
        worker.tick(Instant.now());
    }

    @PreDestroy
    void stop() {
        nudges.shutdownNow();
    }
}
