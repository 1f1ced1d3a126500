package io.selfhealing.notifier.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.selfhealing.notifier.domain.DeliveryState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The outbox: one notification to one receiver, written in the transaction that decided it, retried with
 * backoff until the receiver takes it (or it is given up), so a receiver that is down loses nothing.
 */
@Entity
@Table(name = "delivery", indexes = @Index(columnList = "state,nextAttemptAt"))
public class DeliveryEntity extends PanacheEntity {

    @Column(nullable = false)
    public Long groupId;

    @Column(nullable = false)
    public String receiver;

    @Column(nullable = false, length = 16)
    public String reason;

    /** The alerts it carries, as {@code ,id1,id2,} (so an alert's deliveries are found with LIKE). */
    @Column(nullable = false, columnDefinition = "text")
    public String alertIds;

    @Column(nullable = false, columnDefinition = "text")
    public String notificationJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DeliveryState state;

    public int attempts;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    @Column(columnDefinition = "text")
    public String lastError;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant deliveredAt;
}
