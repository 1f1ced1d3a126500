package io.selfhealing.notifier.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** An alert in a group; {@code notifiedAt} null = joined since the group's last notification. */
@Entity
@Table(name = "group_member", uniqueConstraints = @UniqueConstraint(columnNames = {"groupId", "alertId"}))
public class GroupMemberEntity extends PanacheEntity {

    @Column(nullable = false)
    public Long groupId;

    @Column(nullable = false)
    public Long alertId;

    @Column(nullable = false)
    public Instant joinedAt;

    public Instant notifiedAt;
}
