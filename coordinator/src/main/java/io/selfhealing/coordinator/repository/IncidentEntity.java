package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.IncidentState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One incident: one (target, issue type) from diagnosis to its end. The fields are public for
 * Panache and the JSON views; they change only through the named methods below, so the state
 * machine ({@link #NEXT}) and what each step records are visible in one place.
 */
@Entity
@Table(name = "incident", indexes = {
        @Index(name = "incident_target_state", columnList = "targetId,state"),
        @Index(name = "incident_backup", columnList = "backupId"),
        @Index(name = "incident_deadline", columnList = "state,deadline")})
public class IncidentEntity extends PanacheEntityBase {

    /** The lifecycle of DESIGN.md: the states each state may move to. */
    public static final Map<IncidentState, Set<IncidentState>> NEXT = Map.of(
            IncidentState.OPEN, EnumSet.of(IncidentState.DIAGNOSED),
            IncidentState.DIAGNOSED, EnumSet.of(IncidentState.AWAITING_APPROVAL, IncidentState.BACKING_UP),
            IncidentState.AWAITING_APPROVAL, EnumSet.of(IncidentState.BACKING_UP, IncidentState.REJECTED),
            IncidentState.BACKING_UP, EnumSet.of(IncidentState.APPLYING, IncidentState.FAILED),
            IncidentState.APPLYING, EnumSet.of(IncidentState.VALIDATING, IncidentState.ROLLING_BACK,
                    IncidentState.FAILED),
            IncidentState.VALIDATING, EnumSet.of(IncidentState.RESOLVED, IncidentState.ROLLING_BACK),
            IncidentState.RESOLVED, EnumSet.of(IncidentState.ROLLING_BACK),
            IncidentState.ROLLING_BACK, EnumSet.of(IncidentState.ROLLED_BACK, IncidentState.FAILED));

    /** Why a fix is being rolled back: only a validation verdict or a person's rollback teaches learning. */
    public enum RollbackCause { VALIDATION, MANUAL, UNCONFIRMED_APPLY }

    @Id
    @Column(length = 40)
    public String id;

    @Version
    public long version;

    @Column(nullable = false)
    public String targetId;

    @Column(nullable = false)
    public String issueType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public IncidentState state;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    public String diagnosisId;
    public String proposalId;

    @Column(length = 2000)
    public String summary;

    public int baseConfidence;
    public int adjustedConfidence;

    public String fixType;
    public String risk;

    /** The FixPlan as JSON (null when no catalog fix exists). */
    @Column(columnDefinition = "text")
    public String planJson;

    public String backupId;
    public String fixCommitId;
    public String revertCommitId;

    /** The command whose result the saga waits for; an answer to any other command changes nothing. */
    public String pendingCommandId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public CommandType pendingCommandType;

    /** When the current state ends if nothing else happens (null only in a terminal state). */
    public Instant deadline;

    /** Commands issued for the current state (1 = first try); a retry raises it. */
    public int attempt;

    /** Until then a DIAGNOSED incident below the threshold waits for more evidence before alerting. */
    public Instant evidenceDeadline;

    public Instant fixStartedAt;
    public Instant appliedAt;
    public Instant validationDeadline;

    /** Rate (lines per minute) of the incident's lines while it lasted, before the fix. */
    public double errorRateBefore;
    /** Lines of the incident seen after the fix (apply + grace until the judgement). */
    public long postFixErrorLines;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public RollbackCause rollbackCause;

    /** The validation verdict with the numbers it used (rule, counts, exposures, rates, p-values). */
    @Column(length = 2000)
    public String verdict;

    @Column(length = 2000)
    public String resolution;

    /** A new incident of (target, issue), still to be persisted. */
    public static IncidentEntity open(String id, String targetId, String issueType, Instant now,
            Instant evidenceDeadline) {
        IncidentEntity incident = new IncidentEntity();
        incident.id = id;
        incident.targetId = targetId;
        incident.issueType = issueType;
        incident.createdAt = now;
        incident.updatedAt = now;
        incident.evidenceDeadline = evidenceDeadline;
        return incident;
    }

    /** Moves to {@code to} (checked against {@link #NEXT}); returns the state it left (null when new). */
    public IncidentState moveTo(IncidentState to, Instant now, Instant deadlineOfNewState) {
        IncidentState from = state;
        if (from != null && !NEXT.getOrDefault(from, Set.of()).contains(to)) {
            throw new IllegalStateException("incident " + id + " cannot move from " + from + " to " + to);
        }
        state = to;
        updatedAt = now;
        deadline = to.terminal() ? null : deadlineOfNewState;
        attempt = 0;
        if (to.terminal() || to == IncidentState.AWAITING_APPROVAL || to == IncidentState.VALIDATING) {
            pendingCommandId = null;
            pendingCommandType = null;
        }
        return from;
    }

    /** The latest proposal for this incident: its diagnosis, confidence and plan. */
    public void adopt(String newProposalId, String newDiagnosisId, int confidence, String rationale, String plan,
            String newFixType, String newRisk) {
        proposalId = newProposalId;
        diagnosisId = newDiagnosisId;
        baseConfidence = confidence;
        summary = rationale;
        planJson = plan;
        fixType = newFixType;
        risk = newRisk;
    }

    public void learningAdjusted(int confidence) {
        adjustedConfidence = confidence;
    }

    /** A command was issued for the current state; only its answer moves the incident on. */
    public void awaitCommand(String commandId, CommandType type, Instant deadlineOfAnswer) {
        attempt = attemptOf(type);
        pendingCommandId = commandId;
        pendingCommandType = type;
        deadline = deadlineOfAnswer;
    }

    /** The number a command of {@code type} issued now would have: a retry of the pending step counts on. */
    public int attemptOf(CommandType type) {
        return type == pendingCommandType ? attempt + 1 : 1;
    }

    public void fixStarted(Instant now) {
        fixStartedAt = now;
    }

    public void backedUp(String newBackupId) {
        backupId = newBackupId;
    }

    public void applied(String commitId, Instant now, Instant judgeAt) {
        fixCommitId = commitId;
        appliedAt = now;
        validationDeadline = judgeAt;
        deadline = judgeAt;
    }

    public void judged(String verdictWithNumbers, double ratePerMinuteDuring, long linesAfter) {
        verdict = truncate(verdictWithNumbers);
        errorRateBefore = ratePerMinuteDuring;
        postFixErrorLines = linesAfter;
    }

    public void rollbackStarted(RollbackCause cause) {
        rollbackCause = cause;
    }

    public void reverted(String commitId) {
        revertCommitId = commitId;
    }

    public void resolve(String text) {
        resolution = truncate(text);
    }

    /** A fix was applied and judged (the only incidents whose outcome teaches learning). */
    public boolean judgedFix() {
        return appliedAt != null && (rollbackCause == null || rollbackCause != RollbackCause.UNCONFIRMED_APPLY);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
