package io.selfhealing.notifier.messaging;

import io.quarkus.scheduler.Scheduled;
import io.selfhealing.notifier.service.DeliveryWorker;
import io.selfhealing.notifier.service.Dispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The clock: due groups become deliveries, due deliveries are sent (healing.notifier.tick, default 250 ms). */
@ApplicationScoped
public class Ticker {

    private final Dispatcher dispatcher;
    private final DeliveryWorker worker;

    public Ticker(Dispatcher dispatcher, DeliveryWorker worker) {
        this.dispatcher = dispatcher;
        this.worker = worker;
    }

    @Scheduled(every = "${healing.notifier.tick:250ms}", delayed = "1s", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        dispatcher.tick(Instant.now());
        worker.tick(Instant.now());
    }
}
