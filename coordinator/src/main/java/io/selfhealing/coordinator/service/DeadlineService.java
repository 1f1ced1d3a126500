package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.selfhealing.coordinator.config.CoordinatorConfig;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.IncidentRepository;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.Severity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * What happens when an in-flight state's persisted deadline passes (each incident in its own
 * transaction, so one cannot hold up another):
 * <ul>
 * <li>OPEN / DIAGNOSED (evidence wait): the gates run again; below the threshold it goes to a human;</li>
 * <li>AWAITING_APPROVAL: REJECTED ("approval expired"), with an alert; a fault that goes on opens a
 * new incident on fresh evidence;</li>
 * <li>BACKING_UP: the BACKUP is issued again (a backup changes nothing), with a doubled deadline;
 * after {@code command-attempts} FAILED with an alert (nothing was changed);</li>
 * <li>APPLYING: the fix may or may not have landed, repeating it is not safe: ROLLING_BACK (restore
 * the backup, revert), which changes nothing if the fix never landed;</li>
 * <li>VALIDATING: the fix is judged;</li>
 * <li>ROLLING_BACK: the RESTORE or REVERT is issued again (both are idempotent), with a doubled
 * deadline; after {@code command-attempts} FAILED with a CRITICAL alert (a failed fix may still be applied).</li>
 * </ul>
 */
@ApplicationScoped
public class DeadlineService {

    private static final Logger LOG = Logger.getLogger(DeadlineService.class);
    private static final int BATCH = 50;

    private final IncidentRepository incidents;
    private final IncidentTransitions transitions;
    private final ProposalHandler proposals;
    private final ValidationService validation;
    private final ExecutionHandler execution;
    private final CoordinatorConfig config;

    public DeadlineService(IncidentRepository incidents, IncidentTransitions transitions, ProposalHandler proposals,
            ValidationService validation, ExecutionHandler execution, CoordinatorConfig config) {
        this.incidents = incidents;
        this.transitions = transitions;
        this.proposals = proposals;
        this.validation = validation;
        this.execution = execution;
        this.config = config;
    }

    /** Handles every incident whose deadline passed; returns how many were looked at. */
    public Uni<Integer> handleDue() {
        return Panache.withSession(() -> incidents.dueIds(Instant.now(), BATCH))
                .flatMap(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(id -> Conflicts.retrying(() -> handle(id))
                                .onFailure().recoverWithItem(e -> {
                                    LOG.errorf(e, "deadline of incident %s not handled; next tick tries again", id);
                                    return null;
                                }))
                        .collect().asList().map(java.util.List::size));
    }

    private Uni<Void> handle(String id) {
        return Panache.withTransaction(() -> incidents.findById(id).flatMap(incident -> {
            if (incident == null || incident.state.terminal() || incident.deadline == null
                    || incident.deadline.isAfter(Instant.now())) {
                return Uni.createFrom().voidItem();
            }
            return expired(incident);
        }));
    }

    private Uni<Void> expired(IncidentEntity incident) {
        return switch (incident.state) {
            case OPEN, DIAGNOSED -> proposals.decide(incident);
            case AWAITING_APPROVAL -> approvalExpired(incident);
            case VALIDATING -> validation.judge(incident);
            case BACKING_UP -> retryOrFail(incident, CommandType.BACKUP, Severity.HIGH,
                    "backup-manager did not answer the BACKUP; nothing was changed");
            case APPLYING -> execution.rollBackUnconfirmed(incident, "fix-engineer did not answer the APPLY by "
                    + incident.deadline);
            case ROLLING_BACK -> retryOrFail(incident, incident.pendingCommandType == null ? CommandType.RESTORE
                    : incident.pendingCommandType, Severity.CRITICAL,
                    "rollback not confirmed, the fix may still be applied: manual action needed");
            case RESOLVED, ROLLED_BACK, FAILED, REJECTED -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> approvalExpired(IncidentEntity incident) {
        String reason = "approval expired: nobody decided within " + config.approvalTimeout() + "; nothing was changed";
        incident.resolve(reason);
        return transitions.move(incident, IncidentState.REJECTED, reason)
                .flatMap(i -> transitions.alert(i, Severity.LOW, "Approval expired: " + i.issueType + " on "
                        + i.targetId, reason));
    }

    private Uni<Void> retryOrFail(IncidentEntity incident, CommandType type, Severity severity, String failure) {
        return execution.retryOrFail(incident, type, severity, failure, "not answered by " + incident.deadline);
    }
}
