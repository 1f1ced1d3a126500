package io.selfhealing.notifier.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An inbound event already handled (written with its effect): a redelivered event changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEventEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String eventId;

    @Column(nullable = false)
    public Instant processedAt;
}
