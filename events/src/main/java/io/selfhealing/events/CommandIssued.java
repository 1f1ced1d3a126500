package io.selfhealing.events;

/** An order of the coordinator ({@code healing.commands}); {@code backupId} is set for RESTORE/REVERT. */
public record CommandIssued(EventHeader header, CommandType type, FixPlan plan, String backupId,
        String reason) implements HealingEvent {
}
