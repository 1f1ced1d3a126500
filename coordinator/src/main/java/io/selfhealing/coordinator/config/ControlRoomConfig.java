package io.selfhealing.coordinator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The control room's settings: self-maintenance schedule, retention, live stream. */
@ConfigMapping(prefix = "healing.control-room")
public interface ControlRoomConfig {

    /** When the platform maintains itself (Unix cron, read in {@link #timeZone()}). */
    @WithDefault("0 2 * * *")
    String selfMaintenanceCron();

    @WithDefault("UTC")
    String timeZone();

    /**
     * Incidents, health samples, error reports and alerts older than this are deleted by
     * self-maintenance (error reports never before the validations in flight have read them).
     */
    @WithDefault("90d")
    Duration retention();

    /** backup-manager's base URL for backup verification (its GET /api/backups and /{id}/verify); unset: skipped. */
    java.util.Optional<String> backupManagerUrl();

    /** How long trigger-check waits for monitor-agent's fresh results (then: 504, or the answers so far). */
    @WithDefault("10s")
    Duration checkTimeout();

    /** How often an idle live stream sends a heartbeat. */
    @WithDefault("15s")
    Duration liveHeartbeat();
}
