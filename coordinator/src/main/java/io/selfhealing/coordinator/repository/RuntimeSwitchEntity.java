package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.selfhealing.coordinator.domain.SwitchState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A switch an admin set at runtime (autonomous, dry-run); absent: the configured value holds. */
@Entity
@Table(name = "runtime_switch")
public class RuntimeSwitchEntity extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    public String name;

    public boolean enabled;

    @Column(nullable = false)
    public String changedBy;

    @Column(nullable = false)
    public Instant changedAt;

    @Column(length = 2000)
    public String reason;

    public SwitchState state() {
        return new SwitchState(name, enabled, "runtime", changedBy, changedAt, reason);
    }
}
