package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An event written in the same transaction as the state change that caused it, sent by the relay
 * afterwards (transactional outbox: state and events never disagree after a crash).
 */
@Entity
@Table(name = "outbox")
public class OutboxEntity extends PanacheEntity {

    @Column(nullable = false, length = 64)
    public String eventType;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(nullable = false)
    public Instant createdAt;
}
