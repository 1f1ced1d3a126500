package io.selfhealing.backup.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.selfhealing.backup.domain.BackupIds;
import io.selfhealing.backup.domain.BackupRefused;
import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.backup.repository.BackupEntity;
import io.selfhealing.backup.repository.BackupItemEntity;
import io.selfhealing.backup.repository.BackupRepository;
import io.selfhealing.backup.repository.CommandResultEntity;
import io.selfhealing.backup.repository.CommandResultRepository;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.ResourceRef;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * BACKUP and RESTORE commands, once per command id: the answer is stored with the backup rows in
 * one transaction and re-published verbatim when the command is delivered again. File I/O runs on
 * a worker thread, the database on the event loop.
 */
@ApplicationScoped
public class BackupService {

    static final String SOURCE = "backup-manager";
    private static final Logger LOG = Logger.getLogger(BackupService.class);

    private final ResourceSnapshots files;
    private final BackupRepository backups;
    private final CommandResultRepository results;
    private final Vertx vertx;

    public BackupService(ResourceSnapshots files, BackupRepository backups, CommandResultRepository results, Vertx vertx) {
        this.files = files;
        this.backups = backups;
        this.results = results;
        this.vertx = vertx;
    }

    /** The answer to publish, or null for commands of other services. */
    public Uni<BackupChanged> handle(CommandIssued command) {
        if (command.type() != CommandType.BACKUP && command.type() != CommandType.RESTORE) {
            return Uni.createFrom().nullItem();
        }
        String commandId = command.header().eventId();
        return Panache.withSession(() -> results.findById(commandId)).flatMap(stored -> {
            if (stored != null) {
                LOG.infof("command %s already answered; publishing the same result again", commandId);
                return Uni.createFrom().item(EventCodec.decode(stored.resultJson, BackupChanged.class));
            }
            Instant now = Instant.now();
            if (command.expiredAt(now)) {
                return remember(command, null, failed(command, command.expiredReason(now)));
            }
            Uni<BackupChanged> done = command.type() == CommandType.BACKUP ? backup(command) : restore(command);
            return done.onFailure().recoverWithUni(e -> remember(command, null, failed(command, reason(e))));
        });
    }

    /**
     * The answer when even storing the answer failed (database down): FAILED with the reason, not
     * stored, so a redelivered command is tried again.
     */
    public static BackupChanged unrecorded(CommandIssued command, Throwable cause) {
        LOG.errorf(cause, "%s %s: no answer could be stored", command.type(), command.header().eventId());
        return failed(command, "not recorded: " + reason(cause));
    }

    /** A refusal says why; any other error names its type too, so the person reading the alert can act. */
    private static String reason(Throwable e) {
        return e instanceof BackupRefused ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private Uni<BackupChanged> backup(CommandIssued command) {
        if (command.plan() == null || command.plan().changes().isEmpty()) {
            return Uni.createFrom().failure(new BackupRefused("BACKUP without a plan naming its resources"));
        }
        List<ResourceRef> resources = command.plan().resources();
        String targetId = command.header().targetId();
        return vertx.executeBlocking(Uni.createFrom().item(() -> files.read(targetId, resources))).flatMap(snapshots -> {
            BackupEntity backup = toEntity(command, snapshots);
            BackupChanged created = new BackupChanged(command.header().next(SOURCE), command.header().eventId(),
                    backup.backupId, BackupChanged.CREATED, snapshots.stream().map(Snapshot::toItem).toList(),
                    "backed up " + snapshots.size() + " resource(s)");
            LOG.infof("backup %s of %s", backup.backupId, resources.stream().map(ResourceRef::describe).toList());
            return remember(command, backup, created);
        });
    }

    private Uni<BackupChanged> restore(CommandIssued command) {
        String backupId = command.backupId();
        if (backupId == null) {
            return Uni.createFrom().failure(new BackupRefused("RESTORE without a backupId"));
        }
        return Panache.withSession(() -> backups.withContent(backupId)).flatMap(backup -> {
            if (backup == null) {
                return Uni.createFrom().failure(new BackupRefused("no backup with id " + backupId));
            }
            List<Snapshot> snapshots = backup.items.stream().map(i -> new Snapshot(
                    new ResourceRef(i.kind, i.location, i.path), i.content, i.sha256)).toList();
            return vertx.executeBlocking(Uni.createFrom().item(() -> {
                files.restore(backup.targetId, snapshots);
                return snapshots;
            })).flatMap(restored -> {
                LOG.infof("restored backup %s (%d resource(s))", backupId, restored.size());
                return remember(command, null, new BackupChanged(command.header().next(SOURCE),
                        command.header().eventId(), backupId, BackupChanged.RESTORED,
                        restored.stream().map(Snapshot::toItem).toList(), "restored and verified"));
            });
        });
    }

    /** Stores the backup (if any) and the answer in one transaction. */
    private Uni<BackupChanged> remember(CommandIssued command, BackupEntity backup, BackupChanged answer) {
        CommandResultEntity result = resultOf(command.header().eventId(), answer);
        return Panache.withTransaction(() -> (backup == null ? Uni.createFrom().voidItem()
                : backups.persist(backup).replaceWithVoid()).flatMap(v -> results.persist(result)))
                .replaceWith(answer);
    }

    private static BackupChanged failed(CommandIssued command, String reason) {
        LOG.warnf("%s %s failed: %s", command.type(), command.header().eventId(), reason);
        return new BackupChanged(command.header().next(SOURCE), command.header().eventId(), command.backupId(),
                BackupChanged.FAILED, List.of(), reason);
    }

    /** The stored answer to a command (what a redelivered command is answered with). */
    static CommandResultEntity resultOf(String commandId, BackupChanged answer) {
        CommandResultEntity result = new CommandResultEntity();
        result.commandId = commandId;
        result.resultJson = EventCodec.encode(answer);
        result.handledAt = Instant.now();
        return result;
    }

    static BackupEntity toEntity(CommandIssued command, List<Snapshot> snapshots) {
        BackupEntity backup = new BackupEntity();
        backup.createdAt = Instant.now();
        backup.backupId = BackupIds.next(backup.createdAt);
        backup.commandId = command.header().eventId();
        backup.incidentId = command.header().incidentId();
        backup.targetId = command.header().targetId();
        backup.reason = command.plan().fixType();
        for (Snapshot s : snapshots) {
            BackupItemEntity item = new BackupItemEntity();
            item.backup = backup;
            item.position = backup.items.size();
            item.kind = s.resource().kind();
            item.location = s.resource().location();
            item.path = s.resource().path();
            item.sha256 = s.sha256();
            item.sizeBytes = s.content().length;
            item.content = s.content();
            backup.items.add(item);
        }
        return backup;
    }
}
