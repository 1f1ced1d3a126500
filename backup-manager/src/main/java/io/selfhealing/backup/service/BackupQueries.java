package io.selfhealing.backup.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.selfhealing.backup.domain.BackupView;
import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.backup.domain.Verification;
import io.selfhealing.backup.repository.BackupEntity;
import io.selfhealing.backup.repository.BackupRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The read side: backups with their item metadata, and verification of the stored content. */
@ApplicationScoped
public class BackupQueries {

    private final BackupRepository backups;

    public BackupQueries(BackupRepository backups) {
        this.backups = backups;
    }

    @WithSession
    public Uni<List<BackupView>> newest(int limit) {
        return backups.newest(limit).flatMap(this::withItems);
    }

    /** One backup, or null if there is none with that id. */
    @WithSession
    public Uni<BackupView> one(String backupId) {
        return backups.findById(backupId).flatMap(b -> b == null ? Uni.createFrom().nullItem()
                : withItems(List.of(b)).map(views -> views.get(0)));
    }

    /** Recomputes each stored item's SHA-256; null if there is no backup with that id. */
    @WithSession
    public Uni<Verification> verify(String backupId) {
        return backups.withContent(backupId).map(b -> b == null ? null : Verification.of(b.backupId,
                b.items.stream().map(i -> {
                    String actual = Snapshot.sha256(i.content);
                    return new Verification.Item(i.path, i.sha256, actual, actual.equals(i.sha256));
                }).toList()));
    }

    private Uni<List<BackupView>> withItems(List<BackupEntity> page) {
        if (page.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return backups.itemsOf(page.stream().map(b -> b.backupId).toList()).map(rows -> {
            Map<String, List<BackupView.Item>> items = rows.stream().collect(Collectors.groupingBy(
                    r -> (String) r[0], Collectors.mapping(r -> new BackupView.Item((String) r[1], (String) r[2],
                            (String) r[3], (String) r[4], ((Number) r[5]).longValue()), Collectors.toList())));
            return page.stream().map(b -> new BackupView(b.backupId, b.createdAt, b.incidentId, b.targetId, b.reason,
                    items.getOrDefault(b.backupId, List.of()))).toList();
        });
    }
}
