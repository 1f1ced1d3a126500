package io.selfhealing.notifier.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Alerts matching all matchers are not notified until {@code until} (or until the silence is deleted). */
@Entity
@Table(name = "silence")
public class SilenceEntity extends PanacheEntity {

    /** JSON list of matcher strings in Alertmanager syntax. */
    @Column(nullable = false, columnDefinition = "text")
    public String matchersJson;

    @Column(nullable = false)
    public Instant until;

    @Column(nullable = false)
    public String createdBy;

    @Column(columnDefinition = "text")
    public String comment;

    @Column(nullable = false)
    public Instant createdAt;
}
