package io.selfhealing.coordinator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.OutcomeRecorded;
import io.selfhealing.events.RiskLevel;
import io.selfhealing.events.Severity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HealingMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HealingMeters meters = new HealingMeters(registry);

    @Test
    void aFixThatResolvesIsCountedAppliedAndResolvedWithItsTimesFromTheFirstError() {
        meters.errorSeen(error("shop", Instant.now().minus(90, ChronoUnit.SECONDS)));
        meters.errorSeen(error("shop", Instant.now().minus(30, ChronoUnit.SECONDS)));
        meters.sent(change("shop", "i1", IncidentState.DIAGNOSED, IncidentState.BACKING_UP, 91, "auto: all gates pass"));
        meters.sent(new CommandIssued(header("shop", "i1"), CommandType.APPLY,
                new FixPlan("increase_delay", "git-config", RiskLevel.LOW, "x", List.of()), "b1", "apply"));
        meters.sent(change("shop", "i1", IncidentState.APPLYING, IncidentState.VALIDATING, 91, "applied"));
        meters.sent(change("shop", "i1", IncidentState.VALIDATING, IncidentState.RESOLVED, 91, "no errors"));
        meters.sent(outcome("shop", "i1", "increase_delay", true, IncidentState.RESOLVED));

        assertEquals(1, count("applied", "increase_delay"));
        assertEquals(1, count("resolved", "increase_delay"));
        var toFix = registry.get("healing.time.to.fix").timer();
        assertEquals(1, toFix.count());
        double seconds = toFix.totalTime(TimeUnit.SECONDS);
        assertEquals(90, seconds, 5, "measured from the earliest first-seen, not the latest report");
        assertEquals(1, registry.get("healing.time.to.resolution").timer().count());
        assertEquals(91, registry.get("healing.decision.confidence").tag("decision", "auto").summary().totalAmount());
    }

    @Test
    void aRefusedFixCountsEachGateItFailedAndTheHumanDecisionsConfidence() {
        meters.sent(change("api", "i2", IncidentState.DIAGNOSED, IncidentState.AWAITING_APPROVAL, 70,
                "confidence 70 < 85; another fix is in flight on this target; something new"));
        assertEquals(1, registry.get("healing.gate.refusals").tag("gate", "confidence").counter().count());
        assertEquals(1, registry.get("healing.gate.refusals").tag("gate", "in_flight").counter().count());
        assertEquals(1, registry.get("healing.gate.refusals").tag("gate", "other").counter().count());
        assertEquals(0, registry.get("healing.gate.refusals").tag("gate", "risk").counter().count());
        assertEquals(70, registry.get("healing.decision.confidence").tag("decision", "human").summary().totalAmount());
    }

    @Test
    void aRollbackIsCountedByFixTypeAndEndsTheEpisode() {
        meters.errorSeen(error("db", Instant.now().minus(60, ChronoUnit.SECONDS)));
        meters.sent(change("db", "i3", IncidentState.ROLLING_BACK, IncidentState.ROLLED_BACK, 90, "errors continued"));
        meters.sent(outcome("db", "i3", "increase_pool", false, IncidentState.ROLLED_BACK));
        assertEquals(1, count("rolled_back", "increase_pool"));
        meters.sent(change("db", "i4", IncidentState.APPLYING, IncidentState.VALIDATING, 90, "applied"));
        assertEquals(0, registry.get("healing.time.to.fix").timer().count(), "no error since the episode ended");
        assertEquals(1, count("applied", "unknown"), "APPLY command not seen (coordinator restarted)");
    }

    @Test
    void gateNamesAreABoundedSet() {
        assertEquals(Set.of("plan", "risk", "rate_limit", "recent_rollback", "maintenance", "autonomous_off", "dry_run"),
                GateNames.of("no catalog fix within bounds; risk HIGH above LOW; 3 fixes on this target in the last hour "
                        + "(limit 3); the same fix was rolled back on this target within the last hour; maintenance window:"
                        + " nightly; autonomous mode is off; dry run"));
        assertEquals(Set.of(), GateNames.of(null));
    }

    private double count(String outcome, String fixType) {
        return registry.get("healing.fixes").tag("outcome", outcome).tag("fix_type", fixType).counter().count();
    }

    private static EventHeader header(String target, String incident) {
        return EventHeader.create("coordinator", target, incident);
    }

    private static IncidentChanged change(String target, String incident, IncidentState from, IncidentState to,
            int confidence, String reason) {
        return new IncidentChanged(header(target, incident), from, to, "rate_limiting", confidence, reason);
    }

    private static OutcomeRecorded outcome(String target, String incident, String fixType, boolean success,
            IncidentState state) {
        return new OutcomeRecorded(header(target, incident), "rate_limiting", fixType, success, state, 90, 90, 1000, "x");
    }

    private static ErrorDetected error(String target, Instant firstSeen) {
        return new ErrorDetected(EventHeader.create("error-detector", target, null), "rate_limit", "t1", "429 <*>",
                Severity.HIGH, "NEW", 3, 3, 3.0, firstSeen, Instant.now(), List.of());
    }
}
