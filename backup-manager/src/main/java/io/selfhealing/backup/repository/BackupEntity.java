package io.selfhealing.backup.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One backup: what was snapshotted for which incident; one row per BACKUP command (commandId unique). */
@Entity
@Table(name = "backup", indexes = @Index(name = "backup_created", columnList = "createdAt"))
public class BackupEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String backupId;

    @Column(nullable = false, unique = true, length = 64)
    public String commandId;

    public String incidentId;

    @Column(nullable = false)
    public String targetId;

    public String reason;

    @Column(nullable = false)
    public Instant createdAt;

    @OneToMany(mappedBy = "backup", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<BackupItemEntity> items = new ArrayList<>();
}
