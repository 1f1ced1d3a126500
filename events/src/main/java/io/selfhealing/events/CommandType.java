package io.selfhealing.events;

/** What the coordinator asks a service to do. */
public enum CommandType {
    /** backup-manager: snapshot the plan's resources. */
    BACKUP,
    /** fix-engineer: apply the plan. */
    APPLY,
    /** backup-manager: restore a backup byte-for-byte. */
    RESTORE,
    /** fix-engineer: record the restored state (revert commit). */
    REVERT
}
