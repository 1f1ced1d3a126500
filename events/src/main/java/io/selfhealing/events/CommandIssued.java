package io.selfhealing.events;

import java.time.Instant;

/**
 * An order of the coordinator ({@code healing.commands}); {@code backupId} is set for RESTORE/REVERT.
 *
 * @param expiresAt after this instant the command must not be executed: the agent answers FAILED
 *                  ("expired") instead (optional; null = no expiry, schema before it existed)
 */
public record CommandIssued(EventHeader header, CommandType type, FixPlan plan, String backupId,
        String reason, Instant expiresAt) implements HealingEvent {

    /** How every agent's FAILED answer to an expired command begins (the coordinator recognises it). */
    public static final String EXPIRED = "command expired";

    /** A command without expiry (schema before it existed). */
    public CommandIssued(EventHeader header, CommandType type, FixPlan plan, String backupId,
            String reason) {
        this(header, type, plan, backupId, reason, null);
    }

    /** True when the command carries an expiry that lies before {@code now}. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && now.isAfter(expiresAt);
    }

    /** The reason an agent gives when it refuses this command because it expired. */
    public String expiredReason(Instant now) {
        return EXPIRED + " at " + expiresAt + " (received " + now + "); not executed";
    }

    /** True for the reason of a FAILED answer that refused an expired command (nothing was done). */
    public static boolean isExpiryRefusal(String reason) {
        return reason != null && reason.startsWith(EXPIRED);
    }
}
