package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One health report kept for history (sparklines, availability in the report); id = event id. */
@Entity
@Table(name = "health_sample", indexes = @Index(name = "health_sample_target_at", columnList = "targetId,at"))
public class HealthSampleEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String eventId;

    @Column(nullable = false)
    public String targetId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 16)
    public String status;

    /** The first check's latency, when it measured one. */
    public Long latencyMs;

    /** Connection pool usage in percent, when a check reported one ({@code HealthReadings#poolUsagePercent}). */
    public Double poolUsagePercent;
}
