package io.selfhealing.notifier.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.selfhealing.notifier.domain.AlertState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One alert: all AlertRaised events with the same dedup key, the latest content kept. */
@Entity
@Table(name = "alert")
public class AlertEntity extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 512)
    public String dedupKey;

    @Column(nullable = false, length = 64)
    public String lastEventId;

    @Column(nullable = false, length = 16)
    public String severity;

    @Column(nullable = false, columnDefinition = "text")
    public String title;

    @Column(columnDefinition = "text")
    public String message;

    @Column(nullable = false)
    public String targetId;

    public String incidentId;

    @Column(nullable = false)
    public String source;

    @Column(columnDefinition = "text")
    public String approvePath;

    @Column(columnDefinition = "text")
    public String rejectPath;

    @Column(columnDefinition = "text")
    public String incidentPath;

    @Column(nullable = false, columnDefinition = "text")
    public String evidenceJson;

    @Column(nullable = false, columnDefinition = "text")
    public String labelsJson;

    @Column(nullable = false)
    public Instant firstSeen;

    @Column(nullable = false)
    public Instant lastSeen;

    /** occurredAt of the latest event raising it (the producer's clock, compared with its incident's transitions). */
    @Column(nullable = false)
    public Instant lastRaisedAt;

    public int occurrences;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AlertState state;

    public String ackedBy;

    public Instant ackedAt;

    @Column(columnDefinition = "text")
    public String ackComment;

    public Instant resolvedAt;

    public String resolvedBy;
}
