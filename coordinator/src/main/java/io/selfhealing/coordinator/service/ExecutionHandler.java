package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.coordinator.config.CoordinatorConfig;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.IncidentEntity.RollbackCause;
import io.selfhealing.coordinator.repository.IncidentRepository;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.Severity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Moves an incident on when the command it waits for is answered: backup → apply → validate, and
 * restore → revert → rolled back. Answers to other commands (late, repeated, or to a command the
 * saga gave up on at its deadline) change nothing.
 */
@ApplicationScoped
public class ExecutionHandler {

    private static final Logger LOG = Logger.getLogger(ExecutionHandler.class);

    private final IncidentRepository incidents;
    private final IncidentTransitions transitions;
    private final ProcessedEvents processed;
    private final CoordinatorConfig config;

    public ExecutionHandler(IncidentRepository incidents, IncidentTransitions transitions, ProcessedEvents processed,
            CoordinatorConfig config) {
        this.incidents = incidents;
        this.transitions = transitions;
        this.processed = processed;
        this.config = config;
    }

    @WithTransaction
    public Uni<Void> onBackup(BackupChanged backup) {
        return awaited(backup.header(), backup.commandId()).flatMap(incident -> {
            if (incident == null) {
                return Uni.createFrom().voidItem();
            }
            boolean failed = BackupChanged.FAILED.equals(backup.action());
            if (failed && CommandIssued.isExpiryRefusal(backup.message())
                    && (incident.state == IncidentState.BACKING_UP || incident.state == IncidentState.ROLLING_BACK)) {
                return retryExpired(incident, backup.message());
            }
            if (incident.state == IncidentState.BACKING_UP) {
                return failed ? fail(incident, Severity.HIGH, "backup failed, nothing was changed: " + backup.message())
                        : applyAfterBackup(incident, backup);
            }
            if (incident.state == IncidentState.ROLLING_BACK) {
                return failed ? fail(incident, Severity.CRITICAL, "restore of " + incident.backupId
                        + " failed, manual action needed: " + backup.message())
                        : transitions.command(incident, CommandType.REVERT, "restored " + backup.backupId());
            }
            return Uni.createFrom().voidItem();
        });
    }

    @WithTransaction
    public Uni<Void> onFixResult(FixExecuted result) {
        return awaited(result.header(), result.commandId()).flatMap(incident -> {
            if (incident == null) {
                return Uni.createFrom().voidItem();
            }
            if (incident.state == IncidentState.APPLYING && result.action() == CommandType.APPLY) {
                if (result.success()) {
                    return startValidation(incident, result);
                }
                return CommandIssued.isExpiryRefusal(result.message())
                        ? rollBackUnconfirmed(incident, "the APPLY command was refused as expired: " + result.message())
                        : fail(incident, Severity.HIGH, "fix not applied: " + result.message());
            }
            if (incident.state == IncidentState.ROLLING_BACK && result.action() == CommandType.REVERT) {
                if (!result.success() && CommandIssued.isExpiryRefusal(result.message())) {
                    return retryExpired(incident, result.message());
                }
                return result.success() ? rolledBack(incident, result)
                        : fail(incident, Severity.CRITICAL, "file restored but revert commit failed: "
                                + result.message());
            }
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * The APPLY may or may not have happened (no answer in time, or a redelivery refused as expired
     * after a crash): restore the backup and revert, which changes nothing if the fix never landed.
     * Not the fix's fault, so no outcome is recorded for learning.
     */
    public Uni<Void> rollBackUnconfirmed(IncidentEntity incident, String why) {
        incident.rollbackStarted(RollbackCause.UNCONFIRMED_APPLY);
        String reason = why + "; restoring backup " + incident.backupId + " in case it was applied";
        return transitions.move(incident, IncidentState.ROLLING_BACK, reason)
                .flatMap(i -> transitions.command(i, CommandType.RESTORE, reason))
                .flatMap(x -> transitions.alert(incident, Severity.HIGH, "Fix unconfirmed: " + incident.issueType
                        + " on " + incident.targetId, reason));
    }

    /**
     * A command that is safe to repeat (BACKUP, RESTORE, REVERT: they change nothing twice) reached
     * its agent after its expiry (the agent was down, or its partitions were still held by a killed
     * instance): issued again, as when its deadline passes, until {@code command-attempts}.
     */
    private Uni<Void> retryExpired(IncidentEntity incident, String refusal) {
        boolean rollback = incident.state == IncidentState.ROLLING_BACK;
        return retryOrFail(incident, incident.pendingCommandType, rollback ? Severity.CRITICAL : Severity.HIGH,
                rollback ? "rollback not confirmed, the fix may still be applied: manual action needed"
                        : "backup not taken, nothing was changed", "refused as expired: " + refusal);
    }

    /**
     * Issues the pending command of a state again (with a doubled deadline) while attempts remain,
     * else FAILED with an alert of {@code severity} that names {@code failure}.
     */
    public Uni<Void> retryOrFail(IncidentEntity incident, CommandType type, Severity severity, String failure,
            String why) {
        int next = incident.attemptOf(type);
        if (next <= config.commandAttempts()) {
            String reason = type + " " + why + "; attempt " + next + " of " + config.commandAttempts();
            IncidentLog.warn(LOG, incident, "incident %s: %s", incident.id, reason);
            return transitions.command(incident, type, reason);
        }
        return fail(incident, severity, failure + " (" + type + " " + why + "; " + config.commandAttempts()
                + " attempts)");
    }

    /** The incident waiting for this answer, or null (repeat, late answer, unknown incident). */
    private Uni<IncidentEntity> awaited(EventHeader header, String commandId) {
        return processed.firstTime(header.eventId()).flatMap(first -> {
            if (!first || header.incidentId() == null) {
                return Uni.createFrom().nullItem();
            }
            return incidents.findById(header.incidentId()).map(incident -> {
                if (incident == null || commandId == null || !commandId.equals(incident.pendingCommandId)) {
                    LOG.debugf("answer to command %s ignored for incident %s (not the command it waits for)",
                            commandId, header.incidentId());
                    return null;
                }
                return incident;
            });
        });
    }

    private Uni<Void> applyAfterBackup(IncidentEntity incident, BackupChanged backup) {
        incident.backedUp(backup.backupId());
        String reason = "backup " + backup.backupId() + " of " + backup.items().size() + " resource(s)";
        return transitions.move(incident, IncidentState.APPLYING, reason)
                .flatMap(i -> transitions.command(i, CommandType.APPLY, reason));
    }

    private Uni<Void> startValidation(IncidentEntity incident, FixExecuted result) {
        return transitions.move(incident, IncidentState.VALIDATING, "applied as commit " + result.commitId()
                + "; judged after the validation window")
                .invoke(i -> i.applied(result.commitId(), i.updatedAt, i.deadline))
                .replaceWithVoid();
    }

    private Uni<Void> rolledBack(IncidentEntity incident, FixExecuted result) {
        incident.reverted(result.commitId());
        String detail = "rolled back to " + incident.backupId + ", revert commit " + result.commitId()
                + (incident.resolution == null ? "" : "; " + incident.resolution);
        incident.resolve(detail);
        return transitions.move(incident, IncidentState.ROLLED_BACK, detail)
                .flatMap(i -> i.judgedFix() ? transitions.outcome(i, false, detail) : Uni.createFrom().voidItem())
                .flatMap(x -> transitions.alert(incident, Severity.MEDIUM, "Fix rolled back: " + incident.issueType
                        + " on " + incident.targetId, detail));
    }

    Uni<Void> fail(IncidentEntity incident, Severity severity, String reason) {
        incident.resolve(reason);
        return transitions.move(incident, IncidentState.FAILED, reason)
                .flatMap(i -> transitions.alert(i, severity, "Healing failed: " + i.issueType + " on " + i.targetId,
                        reason));
    }
}
