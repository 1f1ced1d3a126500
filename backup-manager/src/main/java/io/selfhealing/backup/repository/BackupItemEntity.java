package io.selfhealing.backup.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One resource of a backup with its exact bytes (bytea) and their SHA-256. */
@Entity
@Table(name = "backup_item")
public class BackupItemEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "backup_id")
    public BackupEntity backup;

    public int position;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false, length = 1024)
    public String location;

    @Column(nullable = false, length = 1024)
    public String path;

    @Column(nullable = false, length = 64)
    public String sha256;

    public long sizeBytes;

    @Column(nullable = false)
    public byte[] content;
}
