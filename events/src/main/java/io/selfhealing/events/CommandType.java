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
    REVERT,
    /**
     * monitor-agent: probe the target ({@code header.targetId}, or every target for {@link #ALL_TARGETS})
     * now and publish the results on {@code healing.health} with {@code requestId} = this command's
     * {@code eventId}. Agents of other commands ignore it; agents built before it existed cannot
     * decode it and dead-letter it (it changes nothing they own).
     */
    PROBE;

    /** The target id of a PROBE command meant for every target (as maintenance windows use it). */
    public static final String ALL_TARGETS = "*";
}
