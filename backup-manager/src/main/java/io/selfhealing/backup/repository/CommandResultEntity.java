package io.selfhealing.backup.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The BackupChanged event a command was answered with, re-published verbatim when the command comes again. */
@Entity
@Table(name = "command_result")
public class CommandResultEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String commandId;

    @Column(nullable = false, columnDefinition = "text")
    public String resultJson;

    @Column(nullable = false)
    public Instant handledAt;
}
