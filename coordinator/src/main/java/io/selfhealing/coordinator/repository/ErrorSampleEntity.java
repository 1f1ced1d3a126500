package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One error report kept for history (the incident page's error-rate chart and log lines); id = event id. */
@Entity
@Table(name = "error_sample", indexes = @Index(name = "error_sample_target_at", columnList = "targetId,at"))
public class ErrorSampleEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String eventId;

    @Column(nullable = false)
    public String targetId;

    @Column(nullable = false)
    public Instant at;

    public String category;

    public double ratePerMinute;

    public long newLines;

    /** The first raw log line of the report: untrusted text, escaped wherever it is shown. */
    @Column(length = 2000)
    public String sample;
}
