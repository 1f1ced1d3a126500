package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** An alert seen on healing.alerts (whoever raised it), kept for the report; id = event id. */
@Entity
@Table(name = "alert_record", indexes = @Index(name = "alert_record_at", columnList = "at"))
public class AlertRecordEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String eventId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 16)
    public String severity;

    @Column(length = 500)
    public String title;

    @Column(length = 2000)
    public String message;

    public String targetId;

    @Column(length = 40)
    public String incidentId;

    public String source;
}
