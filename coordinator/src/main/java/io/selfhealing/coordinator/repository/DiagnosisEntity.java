package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A diagnosis seen on healing.diagnoses, kept as the evidence of the incidents it led to. */
@Entity
@Table(name = "diagnosis")
public class DiagnosisEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String eventId;

    @Column(nullable = false)
    public String targetId;

    @Column(nullable = false)
    public String issueType;

    public int confidence;

    @Column(length = 2000)
    public String summary;

    /** The DiagnosisMade event as JSON. */
    @Column(columnDefinition = "text")
    public String eventJson;

    @Column(nullable = false)
    public Instant occurredAt;
}
