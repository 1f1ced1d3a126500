package io.selfhealing.backup.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.backup.repository.BackupEntity;
import io.selfhealing.backup.repository.BackupRepository;
import io.selfhealing.backup.repository.CommandResultEntity;
import io.selfhealing.backup.repository.CommandResultRepository;
import io.selfhealing.common.warmup.WarmupStep;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.BackupItem;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.events.RiskLevel;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A BACKUP run once at start, leaving nothing behind: the command of a scratch file is decoded,
 * the file read and hashed on a worker thread (then its directory deleted), the command looked up
 * and the backup with its answer inserted in a transaction that is rolled back, and the answer
 * encoded. The first real BACKUP then finds Hibernate's session, queries and inserts ready.
 */
@ApplicationScoped
public class BackupWarmup implements WarmupStep {

    private static final String FILE = "warm-up.properties";

    private final BackupRepository backups;
    private final CommandResultRepository results;
    private final Vertx vertx;

    public BackupWarmup(BackupRepository backups, CommandResultRepository results, Vertx vertx) {
        this.backups = backups;
        this.results = results;
        this.vertx = vertx;
    }

    @Override
    public String name() {
        return "backup path (scratch file, rolled-back transaction)";
    }

    @Override
    public Uni<Void> run() {
        return vertx.executeBlocking(Uni.createFrom().item(BackupWarmup::scratchBackup)).flatMap(backup -> {
            String commandId = backup.commandId;
            BackupChanged answer = new BackupChanged(EventHeader.create(BackupService.SOURCE, backup.targetId),
                    commandId, backup.backupId, BackupChanged.CREATED, backup.items.stream().map(i -> new BackupItem(
                            new ResourceRef(i.kind, i.location, i.path), i.sha256, i.sizeBytes)).toList(), "warm-up");
            CommandResultEntity result = BackupService.resultOf(commandId, answer);
            return Panache.withSession(() -> results.findById(commandId))
                    .flatMap(x -> Panache.withTransaction(() -> backups.persist(backup)
                            .flatMap(b -> results.persist(result))
                            .flatMap(r -> Panache.flush())
                            .flatMap(f -> Panache.currentTransaction())
                            .invoke(Mutiny.Transaction::markForRollback)))
                    .replaceWithVoid();
        });
    }

    /** The backup entity of a BACKUP of a scratch file, built as for a real command. */
    private static BackupEntity scratchBackup() {
        try {
            Path dir = Files.createTempDirectory("backup-warm-up");
            try {
                Path file = Files.writeString(dir.resolve(FILE), "warm.up=1\n");
                ResourceRef ref = new ResourceRef(ResourceRef.GIT_FILE, dir.toString(), FILE);
                CommandIssued command = EventCodec.decode(EventCodec.encode(new CommandIssued(
                        EventHeader.create("coordinator", "warm-up", "warm-up"), CommandType.BACKUP,
                        new FixPlan("warm-up", "git-config", RiskLevel.LOW, "warm-up",
                                List.of(new ParameterChange(ref, "warm.up", "1", "1"))),
                        null, "warm-up", Instant.now().plusSeconds(30))), CommandIssued.class);
                return BackupService.toEntity(command, List.of(Snapshot.of(ref, Files.readAllBytes(file))));
            } finally {
                Files.deleteIfExists(dir.resolve(FILE));
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
