package io.selfhealing.coordinator.messaging;

import io.selfhealing.common.messaging.Redelivery;
import io.selfhealing.coordinator.service.Conflicts;
import io.selfhealing.coordinator.service.ExecutionHandler;
import io.selfhealing.coordinator.service.ProposalHandler;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.FixProposed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The topics that move incidents: proposals, backups, fix results (each with {@link Redelivery}). */
@ApplicationScoped
public class SagaConsumer {

    private final ProposalHandler proposals;
    private final ExecutionHandler execution;

    public SagaConsumer(ProposalHandler proposals, ExecutionHandler execution) {
        this.proposals = proposals;
        this.execution = execution;
    }

    @Incoming("proposals")
    public Uni<Void> onProposal(String json) {
        FixProposed proposal = EventCodec.decode(json, FixProposed.class);
        return Redelivery.retrying("proposal " + proposal.header().eventId(),
                () -> Conflicts.retrying(() -> proposals.onProposal(proposal)));
    }

    @Incoming("backups")
    public Uni<Void> onBackup(String json) {
        BackupChanged backup = EventCodec.decode(json, BackupChanged.class);
        return Redelivery.retrying("backup answer " + backup.header().eventId(),
                () -> Conflicts.retrying(() -> execution.onBackup(backup)));
    }

    @Incoming("fix-results")
    public Uni<Void> onFixResult(String json) {
        FixExecuted result = EventCodec.decode(json, FixExecuted.class);
        return Redelivery.retrying("fix result " + result.header().eventId(),
                () -> Conflicts.retrying(() -> execution.onFixResult(result)));
    }
}
