package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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

/** One incident: one (target, issue type) from diagnosis to its end. */
@Entity
@Table(name = "incident", indexes = {
        @Index(name = "incident_target_state", columnList = "targetId,state"),
        @Index(name = "incident_backup", columnList = "backupId")})
public class IncidentEntity extends PanacheEntityBase {

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

    /** The command whose result the saga waits for. */
    public String pendingCommandId;

    /** Until then a DIAGNOSED incident below the threshold waits for more evidence before alerting. */
    public Instant evidenceDeadline;

    public Instant fixStartedAt;
    public Instant appliedAt;
    public Instant validationDeadline;

    public double errorRateBefore;
    public long postFixErrorLines;

    @Column(length = 2000)
    public String resolution;
}
