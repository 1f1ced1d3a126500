package io.selfhealing.backup.domain;

import java.time.Instant;
import java.util.List;

/** A backup as the REST API shows it: metadata and checksums, never the content. */
public record BackupView(String backupId, Instant createdAt, String incidentId, String targetId, String reason,
        List<Item> items) {

    public record Item(String kind, String location, String path, String sha256, long sizeBytes) {
    }
}
