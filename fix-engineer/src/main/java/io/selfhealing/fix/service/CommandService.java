package io.selfhealing.fix.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.FixPlan;
import io.selfhealing.fix.domain.FixCatalog;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Carries out APPLY and REVERT commands: the plan must name a catalog fix type, one of its
 * actuators, and (for APPLY) changes within the catalog's bounds and step; the actuator then checks
 * that it acts on what the target declares and that the current value is still the planned one.
 */
@ApplicationScoped
public class CommandService {

    private static final Logger LOG = Logger.getLogger(CommandService.class);

    private final FixCatalog catalog;
    private final TargetDirectory targets;
    private final Actuators actuators;

    public CommandService(FixCatalog catalog, TargetDirectory targets, Actuators actuators) {
        this.catalog = catalog;
        this.targets = targets;
        this.actuators = actuators;
    }

    /**
     * Blocking. The result to publish, or empty for commands of other services. An expired command
     * is refused (FAILED, {@code CommandIssued.EXPIRED}) before anything is changed; an actuator that
     * finds repeated commands (git: the commit trailer) answers an expired repeat of a command it
     * already carried out with that result instead.
     */
    public Optional<FixExecuted> handle(CommandIssued command) {
        if (command.type() != CommandType.APPLY && command.type() != CommandType.REVERT) {
            return Optional.empty();
        }
        try {
            FixPlan plan = Optional.ofNullable(command.plan())
                    .orElseThrow(() -> new FixRefused(command.type() + " without a plan"));
            FixSpec spec = catalog.byName(plan.fixType())
                    .orElseThrow(() -> new FixRefused("fix type " + plan.fixType() + " is not in the catalog"));
            if (!spec.actuators().contains(plan.actuator())) {
                throw new FixRefused(plan.fixType() + " is not carried out by actuator " + plan.actuator());
            }
            Actuator actuator = actuators.get(plan.actuator())
                    .orElseThrow(() -> new FixRefused("actuator " + plan.actuator() + " is not available"));
            if (plan.changes() == null || plan.changes().isEmpty()) {
                throw new FixRefused("the plan changes nothing");
            }
            plan.changes().forEach(c -> spec.reject(c, null, null).ifPresent(reason -> {
                throw new FixRefused(reason);
            }));
            if (!actuator.answersRepeats()) {
                refuseIfExpired(command);
            }
            TargetSpec target = targets.get(command.header().targetId());
            return Optional.of(command.type() == CommandType.APPLY ? actuator.apply(command, target, spec)
                    : actuator.revert(command, target, spec));
        } catch (FixRefused e) {
            return Optional.of(Results.failed(command, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "command %s failed", command.header().eventId());
            return Optional.of(Results.failed(command, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** The FAILED answer to a command of ours that could not be carried out; empty for other services' commands. */
    public Optional<FixExecuted> failedAnswer(CommandIssued command, Throwable cause) {
        if (command.type() != CommandType.APPLY && command.type() != CommandType.REVERT) {
            return Optional.empty();
        }
        return Optional.of(Results.failed(command, cause.getClass().getSimpleName() + ": " + cause.getMessage()));
    }

    /** Throws the refusal of an expired command. */
    static void refuseIfExpired(CommandIssued command) {
        java.time.Instant now = java.time.Instant.now();
        if (command.expiredAt(now)) {
            throw new FixRefused(command.expiredReason(now));
        }
    }
}
