package io.selfhealing.learning.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One fix outcome in the knowledge base, one per incident: the id is the first outcome event's id
 * (idempotent insert); a later outcome of the same incident (a manual rollback of a RESOLVED fix)
 * corrects this row instead of adding one.
 */
@Entity
@Table(name = "outcome", indexes = {@Index(name = "outcome_types", columnList = "issueType,fixType"),
        @Index(name = "outcome_incident", columnList = "incidentId")})
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

    /** The outcome as it stands now (first recorded, or corrected by a later outcome of the incident). */
    public void correct(boolean succeeded, String state, String text, Instant at) {
        success = succeeded;
        finalState = state;
        detail = text == null ? null : text.substring(0, Math.min(2000, text.length()));
        occurredAt = at;
    }
}
