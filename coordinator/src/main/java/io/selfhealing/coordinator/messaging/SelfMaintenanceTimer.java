package io.selfhealing.coordinator.messaging;

import io.quarkus.scheduler.Scheduled;
import io.selfhealing.coordinator.config.ControlRoomConfig;
import io.selfhealing.coordinator.domain.RecurringWindow;
import io.selfhealing.coordinator.service.SelfMaintenance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs self-maintenance when the configured Unix cron (with its time zone) comes due: checked
 * every minute, each occurrence run once by this instance.
 */
@ApplicationScoped
public class SelfMaintenanceTimer {

    private final SelfMaintenance maintenance;
    private final RecurringWindow schedule;
    private final AtomicReference<Instant> lastRun = new AtomicReference<>(Instant.now());

    public SelfMaintenanceTimer(SelfMaintenance maintenance, ControlRoomConfig config) {
        this.maintenance = maintenance;
        this.schedule = RecurringWindow.of(config.selfMaintenanceCron(), config.timeZone(), Duration.ofMinutes(1));
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> tick() {
        Instant now = Instant.now();
        Instant due = schedule.nextOpening(lastRun.get()).orElse(Instant.MAX);
        if (due.isAfter(now)) {
            return Uni.createFrom().voidItem();
        }
        lastRun.set(now);
        return maintenance.runAll(now).replaceWithVoid();
    }
}
