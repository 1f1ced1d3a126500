package io.selfhealing.events;

import java.util.List;

/**
 * Result of a BACKUP or RESTORE command ({@code healing.backups}).
 *
 * @param action CREATED, RESTORED or FAILED
 */
public record BackupChanged(EventHeader header, String commandId, String backupId, String action,
        List<BackupItem> items, String message) implements HealingEvent {

    public static final String CREATED = "CREATED";
    public static final String RESTORED = "RESTORED";
    public static final String FAILED = "FAILED";
}
