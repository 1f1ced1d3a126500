package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.selfhealing.coordinator.domain.RecurringWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A time when a target (or every target: {@code *}) is expected to misbehave: no automatic fix
 * and no alert, like an Alertmanager silence. One-off (startsAt..endsAt) or recurring (a cron
 * schedule with a time zone and a duration, valid from startsAt to endsAt).
 */
@Entity
@Table(name = "maintenance_window")
public class MaintenanceWindowEntity extends PanacheEntityBase {

    public static final String ALL_TARGETS = "*";

    @Id
    @Column(length = 40)
    public String id;

    @Column(nullable = false)
    public String targetId;

    @Column(nullable = false)
    public Instant startsAt;

    @Column(nullable = false)
    public Instant endsAt;

    @Column(length = 500)
    public String reason;

    public String createdBy;

    /** Recurring windows only: a Unix cron expression of the openings (null: one-off window). */
    @Column(length = 120)
    public String cron;

    /** Recurring windows only: the time zone the cron expression is read in. */
    @Column(length = 64)
    public String timeZone;

    /** Recurring windows only: how long each opening lasts. */
    public Long durationSeconds;

    public boolean recurring() {
        return cron != null;
    }

    public RecurringWindow schedule() {
        return RecurringWindow.of(cron, timeZone, Duration.ofSeconds(durationSeconds));
    }

    public String describe() {
        return recurring() ? reason + " (recurring " + schedule().describe() + ")" : reason + " (until " + endsAt + ")";
    }
}
