package io.selfhealing.notifier.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Alerts one route notifies together (same values of its group_by labels), with its notification clock. */
@Entity
@Table(name = "alert_group")
public class GroupEntity extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 1024)
    public String groupKey;

    @Column(nullable = false)
    public String routePath;

    /** When its current round formed (first alert needing attention); null while nothing needs attention. */
    public Instant formedAt;

    public Instant lastNotified;

    /** When the current receiver of the escalation chain was first notified. */
    public Instant levelSince;

    /** Index of the current receiver in the route's chain. */
    public int level;

    public int notifications;
}
