package io.selfhealing.coordinator.service;

import io.selfhealing.coordinator.config.CoordinatorConfig;
import io.selfhealing.coordinator.domain.Deadlines;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.TransitionEntity;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.OutcomeRecorded;
import io.selfhealing.events.Severity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The saga's primitives, always inside the caller's transaction: move an incident (stored
 * transition + incident event), issue a command, raise an alert, record an outcome. Events go
 * through the outbox, so they are sent if and only if the transaction commits.
 */
@ApplicationScoped
public class IncidentTransitions {

    public static final String SOURCE = "coordinator";
    private static final Logger LOG = Logger.getLogger(IncidentTransitions.class);

    private final Outbox outbox;
    private final CoordinatorConfig config;
    private final Deadlines deadlines;

    public IncidentTransitions(Outbox outbox, CoordinatorConfig config) {
        this.outbox = outbox;
        this.config = config;
        this.deadlines = new Deadlines(config.evidenceWait(), config.approvalTimeout(), config.commandTimeout(),
                config.validation().window());
    }

    /** Moves the incident (with the deadline of its new state), stores the transition, publishes it. */
    public Uni<IncidentEntity> move(IncidentEntity incident, IncidentState to, String reason) {
        Instant now = Instant.now();
        IncidentState from = incident.moveTo(to, now, deadlines.entering(to, now, incident.createdAt));
        TransitionEntity t = new TransitionEntity();
        t.incidentId = incident.id;
        t.fromState = from;
        t.toState = to;
        t.at = now;
        t.reason = truncate(reason);
        IncidentLog.info(LOG, incident, "incident %s (%s on %s): %s -> %s: %s", incident.id, incident.issueType,
                incident.targetId, from, to, reason);
        return t.persist()
                .flatMap(x -> outbox.add(new IncidentChanged(header(incident), from, to, incident.issueType,
                        incident.adjustedConfidence, t.reason)))
                .replaceWith(incident);
    }

    /**
     * Issues a command the incident then waits for: it expires after {@code command-expiry} (the agent
     * refuses it later) and its answer is given up on at the state's deadline (doubled per retry).
     */
    public Uni<Void> command(IncidentEntity incident, CommandType type, String reason) {
        Instant now = Instant.now();
        CommandIssued command = new CommandIssued(header(incident), type, plan(incident), incident.backupId,
                truncate(reason), now.plus(config.commandExpiry()));
        incident.awaitCommand(command.header().eventId(), type, deadlines.answerDue(now, incident.attemptOf(type)));
        return outbox.add(command);
    }

    public Uni<Void> alert(IncidentEntity incident, Severity severity, String title, String message) {
        String approve = incident.state == IncidentState.AWAITING_APPROVAL && incident.planJson != null
                ? "/api/incidents/" + incident.id + "/approve" : null;
        return outbox.add(new AlertRaised(header(incident), severity, title, truncate(message), approve));
    }

    public Uni<Void> outcome(IncidentEntity incident, boolean success, String detail) {
        long duration = Duration.between(incident.createdAt, Instant.now()).toMillis();
        return outbox.add(new OutcomeRecorded(header(incident), incident.issueType, incident.fixType, success,
                incident.state, incident.baseConfidence, incident.adjustedConfidence, duration, truncate(detail)));
    }

    /** The configured error categories of this incident's issue type (an addition to the diagnosis' own). */
    public Set<String> configuredCategories(IncidentEntity incident) {
        String listed = config.issueCategories().get(incident.issueType);
        return listed == null ? Set.of() : Arrays.stream(listed.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public static FixPlan plan(IncidentEntity incident) {
        if (incident.planJson == null) {
            return null;
        }
        try {
            return EventCodec.mapper().readValue(incident.planJson, FixPlan.class);
        } catch (Exception e) {
            throw new IllegalStateException("stored plan of incident " + incident.id + " is unreadable", e);
        }
    }

    private static EventHeader header(IncidentEntity incident) {
        return EventHeader.create(SOURCE, incident.targetId, incident.id);
    }

    static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
