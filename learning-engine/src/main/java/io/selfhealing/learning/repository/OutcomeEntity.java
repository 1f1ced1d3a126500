package io.selfhealing.learning.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One fix outcome in the knowledge base; the id is the outcome event's id (idempotent insert). */
@Entity
@Table(name = "outcome", indexes = @Index(name = "outcome_types", columnList = "issueType,fixType"))
public class OutcomeEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String eventId;

    @Column(nullable = false)
    public String incidentId;

    @Column(nullable = false)
    public String targetId;

    @Column(nullable = false)
    public String issueType;

    @Column(nullable = false)
    public String fixType;

    public boolean success;

    @Column(nullable = false)
    public String finalState;

    public int baseConfidence;

    public int adjustedConfidence;

    public long durationMs;

    @Column(length = 2000)
    public String detail;

    @Column(nullable = false)
    public Instant occurredAt;
}
