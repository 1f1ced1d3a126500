package io.selfhealing.fix.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.FixProposed;
import io.selfhealing.fix.domain.FixCatalog;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import io.selfhealing.fix.domain.Proposal;
import io.selfhealing.fix.domain.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns a diagnosis into a fix proposal: the first catalog fix type answering the issue type that
 * an actuator can apply to the target (reading the current value there) and that is not at its
 * bound. Only the issue type and the target id of the diagnosis are used: its summary and evidence
 * (free text from logs) never reach a plan, a file or a command.
 */
@ApplicationScoped
public class ProposalService {

    static final String SOURCE = "fix-engineer";
    private static final Logger LOG = Logger.getLogger(ProposalService.class);

    private final FixCatalog catalog;
    private final TargetDirectory targets;
    private final Actuators actuators;

    public ProposalService(FixCatalog catalog, TargetDirectory targets, Actuators actuators) {
        this.catalog = catalog;
        this.targets = targets;
        this.actuators = actuators;
    }

    /** Blocking: reads the target's config file, Kubernetes objects or admin endpoint. */
    public FixProposed propose(DiagnosisMade diagnosis) {
        Proposal proposal = proposal(diagnosis.issueType(), diagnosis.header().targetId());
        return new FixProposed(diagnosis.header().next(SOURCE), diagnosis.header().eventId(),
                diagnosis.issueType(), diagnosis.confidence(), proposal.plan(), proposal.rationale());
    }

    Proposal proposal(String issueType, String targetId) {
        Optional<String> escalation = catalog.escalation(issueType);
        if (escalation.isPresent()) {
            return Proposal.none(escalation.get());
        }
        List<FixSpec> candidates = catalog.forIssue(issueType);
        if (candidates.isEmpty()) {
            return Proposal.none("no catalog fix for issue type " + issueType + "; a person must decide");
        }
        TargetSpec target;
        try {
            target = targets.get(targetId);
        } catch (FixRefused | IllegalArgumentException e) {
            return Proposal.none(e.getMessage());
        }
        List<String> reasons = new ArrayList<>();
        for (FixSpec spec : candidates) {
            for (String name : spec.actuators()) {
                Optional<Proposal> found = attempt(spec, name, target, reasons);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        if (reasons.isEmpty()) {
            return Proposal.none("target " + targetId + " declares no config location or other resource that "
                    + candidates.stream().map(FixSpec::name).toList() + " can act on; nothing the platform may change");
        }
        return Proposal.none(String.join("; ", reasons));
    }

    /** A plan from one actuator, or empty with the reason added to {@code reasons}. */
    private Optional<Proposal> attempt(FixSpec spec, String name, TargetSpec target, List<String> reasons) {
        Optional<Actuator> actuator = actuators.get(name);
        if (actuator.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Reading> reading = actuator.get().read(target, spec);
            if (reading.isEmpty()) {
                return Optional.empty();
            }
            Proposal proposal = spec.plan(name, reading.get());
            if (proposal.plan() != null) {
                return Optional.of(proposal);
            }
            reasons.add(proposal.rationale());
        } catch (FixRefused e) {
            reasons.add(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s could not read target %s", name, target.id());
            reasons.add(name + " could not read target " + target.id() + ": " + e.getMessage());
        }
        return Optional.empty();
    }
}
