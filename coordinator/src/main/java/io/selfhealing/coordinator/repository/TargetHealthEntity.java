package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest health report of one target (upserted). */
@Entity
@Table(name = "target_health")
public class TargetHealthEntity extends PanacheEntityBase {

    @Id
    public String targetId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public Instant reportedAt;

    /** The HealthReported event as JSON. */
    @Column(columnDefinition = "text", nullable = false)
    public String eventJson;
}
