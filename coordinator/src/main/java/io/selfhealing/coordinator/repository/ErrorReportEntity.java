package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.selfhealing.events.ErrorDetected;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An error report of healing.errors, kept for {@code report-retention}: the line counts a fix is
 * judged on (baseline, during, after) survive a coordinator restart.
 */
@Entity
@Table(name = "error_report", indexes = {
        @Index(name = "error_report_target_seen", columnList = "targetId,lastSeen"),
        @Index(name = "error_report_received", columnList = "receivedAt")})
public class ErrorReportEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String eventId;

    @Column(nullable = false)
    public String targetId;

    @Column(nullable = false)
    public String templateId;

    public String category;

    @Column(length = 500)
    public String template;

    /** Lines since the template's previous report. */
    public long newLines;

    public Instant firstSeen;

    @Column(nullable = false)
    public Instant lastSeen;

    @Column(nullable = false)
    public Instant receivedAt;

    public static ErrorReportEntity of(ErrorDetected error, Instant now) {
        ErrorReportEntity row = new ErrorReportEntity();
        row.eventId = error.header().eventId();
        row.targetId = error.header().targetId();
        row.templateId = error.templateId() == null ? "" : error.templateId();
        row.category = error.category();
        row.template = error.template() == null || error.template().length() <= 500 ? error.template()
                : error.template().substring(0, 500);
        row.newLines = Math.max(0, error.newLines());
        row.firstSeen = error.firstSeen();
        row.lastSeen = error.lastSeen() != null ? error.lastSeen() : error.header().occurredAt();
        row.receivedAt = now;
        return row;
    }
}
