package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import io.selfhealing.events.IncidentState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored state change of an incident. */
@Entity
@Table(name = "incident_transition", indexes = @Index(name = "transition_incident", columnList = "incidentId"))
public class TransitionEntity extends PanacheEntity {

    @Column(nullable = false, length = 40)
    public String incidentId;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public IncidentState fromState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public IncidentState toState;

    @Column(nullable = false)
    public Instant at;

    @Column(length = 2000)
    public String reason;
}
