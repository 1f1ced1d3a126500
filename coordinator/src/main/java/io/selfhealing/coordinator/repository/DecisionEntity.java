package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail: one decision a person took (who, when, what, on what, why). Never updated. */
@Entity
@Table(name = "human_decision", indexes = {
        @Index(name = "decision_incident", columnList = "incidentId"),
        @Index(name = "decision_at", columnList = "at")})
public class DecisionEntity extends PanacheEntity {

    @Column(nullable = false)
    public Instant at;

    /** The authenticated principal (token subject or basic user). */
    @Column(nullable = false)
    public String actor;

    /** approve, reject, rollback, acknowledge, trigger-check, maintenance-add, maintenance-end. */
    @Column(nullable = false, length = 40)
    public String action;

    /** What the decision was about: an incident, backup, maintenance window or target id. */
    public String subject;

    /** The incident it concerns, when one does. */
    @Column(length = 40)
    public String incidentId;

    @Column(length = 2000)
    public String reason;
}
