package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A time when a target (or every target: {@code *}) is expected to misbehave: no automatic fix
 * and no alert, like an Alertmanager silence.
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

    public String describe() {
        return reason + " (until " + endsAt + ")";
    }
}
