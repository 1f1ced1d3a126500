package io.selfhealing.monitor.messaging;

import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.MalformedEventException;
import io.selfhealing.monitor.service.HealthScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code healing.commands} PROBE (the coordinator's trigger-check) → probe now → {@code healing.health}
 * answers carrying the command's id. Other commands are not ours; an expired request is not
 * answered (its requester has given up). Every instance has its own group: each answers for its targets.
 */
@ApplicationScoped
public class ProbeRequestConsumer {

    private static final Logger LOG = Logger.getLogger(ProbeRequestConsumer.class);

    private final HealthScheduler scheduler;

    public ProbeRequestConsumer(HealthScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Incoming("probe-requests")
    public CompletionStage<Void> onCommand(String json) {
        CommandIssued command;
        try {
            command = EventCodec.decode(json, CommandIssued.class);
        } catch (MalformedEventException e) { // the agents that own commands dead-letter it
            LOG.debugf("skipped a command this agent cannot read: %s", e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        if (command.type() != CommandType.PROBE) {
            return CompletableFuture.completedFuture(null);
        }
        if (command.expiredAt(Instant.now())) {
            LOG.infof("check request %s expired at %s: not probed", command.header().eventId(), command.expiresAt());
            return CompletableFuture.completedFuture(null);
        }
        LOG.infof("check request %s for %s (%s)", command.header().eventId(), command.header().targetId(),
                command.reason());
        return scheduler.probeNow(command.header().targetId(), command.header().eventId());
    }
}
