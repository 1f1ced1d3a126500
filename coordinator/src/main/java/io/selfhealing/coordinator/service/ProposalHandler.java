package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.coordinator.config.CoordinatorConfig;
import io.selfhealing.coordinator.domain.GateDecision;
import io.selfhealing.coordinator.domain.GateInput;
import io.selfhealing.coordinator.domain.Gates;
import io.selfhealing.coordinator.domain.SwitchState;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.IncidentRepository;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.FixProposed;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.LearningFormula;
import io.selfhealing.events.RiskLevel;
import io.selfhealing.events.Severity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A fix proposal opens (or updates) the incident of its (target, issue) and passes it through the
 * gates: auto-apply starts the backup. When only confidence is short, the incident stays DIAGNOSED
 * for {@code evidence-wait} (stronger evidence usually follows a first report, as Alertmanager's
 * {@code for:} waits); after that, or when another gate fails, it waits for a human, with an alert
 * (none during a maintenance window).
 */
@ApplicationScoped
public class ProposalHandler {

    private static final Logger LOG = Logger.getLogger(ProposalHandler.class);

    private final IncidentRepository incidents;
    private final IncidentTransitions transitions;
    private final ProcessedEvents processed;
    private final LearningCache learning;
    private final CoordinatorConfig config;
    private final MaintenanceService maintenance;
    private final RuntimeSwitches switches;
    private final Gates gates;

    public ProposalHandler(IncidentRepository incidents, IncidentTransitions transitions, ProcessedEvents processed,
            LearningCache learning, MaintenanceService maintenance, RuntimeSwitches switches, CoordinatorConfig config) {
        this.switches = switches;
        this.maintenance = maintenance;
        this.incidents = incidents;
        this.transitions = transitions;
        this.processed = processed;
        this.learning = learning;
        this.config = config;
        this.gates = new Gates(config.confidenceThreshold(), config.maxRisk(), config.maxFixesPerTargetPerHour());
    }

    @WithTransaction
    public Uni<Void> onProposal(FixProposed proposal) {
        return processed.firstTime(proposal.header().eventId()).flatMap(first -> first
                ? incidents.findOpen(proposal.header().targetId(), proposal.issueType())
                        .flatMap(open -> open == null ? openIncident(proposal) : update(open, proposal))
                : Uni.createFrom().voidItem());
    }

    private Uni<Void> openIncident(FixProposed proposal) {
        Instant now = Instant.now();
        IncidentEntity incident = IncidentEntity.open("inc-" + UUID.randomUUID().toString().substring(0, 13),
                proposal.header().targetId(), proposal.issueType(), now, now.plus(config.evidenceWait()));
        adopt(incident, proposal);
        return transitions.move(incident, IncidentState.OPEN, "diagnosis " + proposal.diagnosisId())
                .flatMap(i -> i.persist())
                .flatMap(i -> transitions.move(incident, IncidentState.DIAGNOSED, proposal.rationale()))
                .flatMap(this::decide);
    }

    private Uni<Void> update(IncidentEntity incident, FixProposed proposal) {
        if (incident.state != IncidentState.AWAITING_APPROVAL && incident.state != IncidentState.DIAGNOSED) {
            IncidentLog.debug(LOG, incident, "incident %s is %s; proposal %s noted only", incident.id,
                    incident.state, proposal.header().eventId());
            return Uni.createFrom().voidItem();
        }
        if (proposal.baseConfidence() <= incident.baseConfidence && proposal.plan() == null) {
            return Uni.createFrom().voidItem();
        }
        adopt(incident, proposal);
        return decide(incident);
    }

    /** Re-runs the gates for an incident, e.g. when new evidence raised its confidence. */
    public Uni<Void> decide(IncidentEntity incident) {
        incident.learningAdjusted(LearningFormula.adjust(incident.baseConfidence,
                learning.stats(incident.targetId, incident.issueType, incident.fixType, config.minOutcomes()),
                config.minOutcomes()));
        return gateInput(incident).map(gates::decide).flatMap(decision -> {
            if (decision.autoApply()) {
                return startFix(incident, "auto: confidence " + incident.adjustedConfidence + ", risk "
                        + incident.risk + ", " + decision.describe());
            }
            if (decision.onlyConfidenceShort() && incident.state == IncidentState.DIAGNOSED
                    && Instant.now().isBefore(incident.evidenceDeadline)) {
                IncidentLog.info(LOG, incident, "incident %s: %s; waiting for more evidence until %s", incident.id,
                        decision.describe(), incident.evidenceDeadline);
                return Uni.createFrom().voidItem();
            }
            return awaitApproval(incident, decision);
        });
    }

    private Uni<GateInput> gateInput(IncidentEntity incident) {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        Uni<Long> inFlight = incidents.countOtherInFlight(incident.targetId, incident.id);
        Uni<Long> recent = incidents.countFixesSince(incident.targetId, hourAgo);
        Uni<Long> rolledBack = incident.fixType == null ? Uni.createFrom().item(0L)
                : incidents.countRolledBackSince(incident.targetId, incident.issueType, incident.fixType, hourAgo);
        Uni<String> maintenanceNow = maintenance.activeFor(incident.targetId);
        return inFlight.flatMap(f -> recent.flatMap(r -> rolledBack.flatMap(rb -> maintenanceNow.flatMap(m ->
                switches.states().map(sw -> new GateInput(incident.planJson != null, incident.adjustedConfidence,
                        incident.risk == null ? null : RiskLevel.valueOf(incident.risk), f > 0, r.intValue(), rb > 0,
                        m, sw.get(SwitchState.AUTONOMOUS).enabled(), sw.get(SwitchState.DRY_RUN).enabled()))))));
    }

    /** Backup first: the saga goes on when backup-manager confirms. */
    public Uni<Void> startFix(IncidentEntity incident, String reason) {
        incident.fixStarted(Instant.now());
        return transitions.move(incident, IncidentState.BACKING_UP, reason)
                .flatMap(i -> transitions.command(i, CommandType.BACKUP, reason));
    }

    private Uni<Void> awaitApproval(IncidentEntity incident, GateDecision decision) {
        if (incident.state == IncidentState.AWAITING_APPROVAL) {
            return Uni.createFrom().voidItem();
        }
        String message = incident.summary + " | proposed: " + (incident.planJson == null ? "no automatic fix"
                : IncidentTransitions.plan(incident).description()) + " | not applied because: "
                + decision.describe();
        return transitions.move(incident, IncidentState.AWAITING_APPROVAL, decision.describe())
                .flatMap(i -> decision.silenced() ? Uni.createFrom().voidItem()
                        : transitions.alert(i, Severity.HIGH, "Fix awaiting approval: " + i.issueType + " on "
                                + i.targetId, message));
    }

    private static void adopt(IncidentEntity incident, FixProposed proposal) {
        boolean plan = proposal.plan() != null;
        incident.adopt(proposal.header().eventId(), proposal.diagnosisId(), proposal.baseConfidence(),
                IncidentTransitions.truncate(proposal.rationale()), plan ? writePlan(proposal) : null,
                plan ? proposal.plan().fixType() : null, plan ? proposal.plan().risk().name() : null);
    }

    private static String writePlan(FixProposed proposal) {
        try {
            return EventCodec.mapper().writeValueAsString(proposal.plan());
        } catch (Exception e) {
            throw new IllegalStateException("cannot store plan", e);
        }
    }
}
