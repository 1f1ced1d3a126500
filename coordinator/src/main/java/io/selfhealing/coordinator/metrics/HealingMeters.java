package io.selfhealing.coordinator.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealingEvent;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.OutcomeRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The saga's meters, read off the events the coordinator sends (after their transaction committed,
 * from the outbox relay) and the errors it receives:
 * <ul>
 * <li>{@code healing_fixes_total{outcome,fix_type}}: applied (the APPLY command succeeded and
 * validation began), resolved, rolled_back, failed</li>
 * <li>{@code healing_time_to_fix_seconds} / {@code healing_time_to_resolution_seconds}: histograms
 * from the target's first error line ({@code ErrorDetected.firstSeen}) to the applied fix / to RESOLVED</li>
 * <li>{@code healing_decision_confidence{decision}}: adjusted confidence of each gate decision
 * (auto: the fix starts; human: it waits for approval)</li>
 * <li>{@code healing_gate_refusals_total{gate}}: every gate that sent a fix to a human</li>
 * </ul>
 */
@Startup
@ApplicationScoped
public class HealingMeters {

    static final Duration[] TIME_BUCKETS = {Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
        Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30),
        Duration.ofHours(1), Duration.ofHours(4)};
    static final double[] CONFIDENCE_BUCKETS = {50, 60, 70, 80, 85, 90, 95, 100};

    private final MeterRegistry registry;
    private final FirstErrors firstErrors = new FirstErrors(Duration.ofDays(1));
    private final Map<String, String> fixTypes = new ConcurrentHashMap<>();
    private final Timer toFix;
    private final Timer toResolution;

    public HealingMeters(MeterRegistry registry) {
        this.registry = registry;
        this.toFix = Timer.builder("healing.time.to.fix").description("From a target's first error line to the applied fix")
                .serviceLevelObjectives(TIME_BUCKETS).register(registry);
        this.toResolution = Timer.builder("healing.time.to.resolution")
                .description("From a target's first error line to its incident RESOLVED")
                .serviceLevelObjectives(TIME_BUCKETS).register(registry);
        GateNames.ALL.forEach(this::refusals);
        for (String decision : new String[] {"auto", "human"}) {
            confidence(decision);
        }
    }

    /** An error report the coordinator received. */
    public void errorSeen(ErrorDetected error) {
        firstErrors.seen(error.header().targetId(), error.firstSeen());
    }

    /** An event the coordinator sent (its transaction committed). */
    public void sent(HealingEvent event) {
        if (event instanceof CommandIssued command && command.type() == CommandType.APPLY && command.plan() != null
                && command.header().incidentId() != null) {
            fixTypes.put(command.header().incidentId(), command.plan().fixType());
        } else if (event instanceof IncidentChanged change) {
            changed(change, Instant.now());
        } else if (event instanceof OutcomeRecorded outcome && outcome.fixType() != null) {
            String name = switch (outcome.finalState()) {
                case RESOLVED -> "resolved";
                case ROLLED_BACK -> "rolled_back";
                case FAILED -> "failed";
                default -> null;
            };
            if (name != null) {
                fixes(name, outcome.fixType()).increment();
            }
        }
    }

    private void changed(IncidentChanged change, Instant now) {
        String target = change.header().targetId();
        String incident = change.header().incidentId();
        if (change.from() == IncidentState.APPLYING && change.to() == IncidentState.VALIDATING) {
            fixes("applied", incident == null ? null : fixTypes.get(incident)).increment();
            firstErrors.since(target, now).ifPresent(toFix::record);
        } else if (change.to() == IncidentState.BACKING_UP && change.from() != IncidentState.AWAITING_APPROVAL) {
            confidence("auto").record(change.confidence());
        } else if (change.to() == IncidentState.AWAITING_APPROVAL) {
            confidence("human").record(change.confidence());
            GateNames.of(change.reason()).forEach(gate -> refusals(gate).increment());
        }
        if (change.to() == IncidentState.RESOLVED) {
            firstErrors.since(target, now).ifPresent(toResolution::record);
        }
        if (change.to().terminal()) {
            firstErrors.ended(target);
            if (incident != null) {
                fixTypes.remove(incident);
            }
        }
    }

    private Counter fixes(String outcome, String fixType) {
        return Counter.builder("healing.fixes").description("Fixes by outcome (applied, resolved, rolled_back, failed)")
                .tag("outcome", outcome).tag("fix_type", fixType == null ? "unknown" : fixType).register(registry);
    }

    private Counter refusals(String gate) {
        return Counter.builder("healing.gate.refusals").description("Gates that sent a fix to a human, by gate")
                .tag("gate", gate).register(registry);
    }

    private DistributionSummary confidence(String decision) {
        return DistributionSummary.builder("healing.decision.confidence")
                .description("Adjusted confidence of gate decisions (auto: applied, human: awaiting approval)")
                .serviceLevelObjectives(CONFIDENCE_BUCKETS).tag("decision", decision).register(registry);
    }
}
