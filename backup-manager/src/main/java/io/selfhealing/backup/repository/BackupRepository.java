package io.selfhealing.backup.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class BackupRepository implements PanacheRepositoryBase<BackupEntity, String> {

    /** The backup with its items and their content. */
    public Uni<BackupEntity> withContent(String backupId) {
        return find("from BackupEntity b left join fetch b.items where b.backupId = ?1", backupId).list()
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<List<BackupEntity>> newest(int limit) {
        return find("order by createdAt desc, backupId desc").page(0, limit).list();
    }

    /** Item metadata (no content) of the given backups: backupId, kind, location, path, sha256, sizeBytes. */
    public Uni<List<Object[]>> itemsOf(List<String> backupIds) {
        return find("select i.backup.backupId, i.kind, i.location, i.path, i.sha256, i.sizeBytes "
                + "from BackupItemEntity i where i.backup.backupId in ?1 order by i.position", backupIds)
                .project(Object[].class).list();
    }
}
