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
 * An error report of healing.errors, the coordinator's one table of them (written once per event
 * id by the saga's consumer): the line counts a fix is judged on (baseline, during, after), which
 * survive a coordinator restart, and the history behind the error-rate chart and the report. Kept
 * for the control room's retention, never less than a validation still needs ({@code ErrorRetention}).
 */
@Entity
@Table(name = "error_report", indexes = {
        @Index(name = "error_report_target_seen", columnList = "targetId,lastSeen"),
        @Index(name = "error_report_seen", columnList = "lastSeen"),
        @Index(name = "error_report_target_at", columnList = "targetId,at")})
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

    /** When the detector published the report (the chart's time axis); null on rows stored before it existed. */
    public Instant at;

    /** The template's rate (lines per minute) the detector reported; boxed so Hibernate adds it as nullable. */
    public Double ratePerMinute;

    /** The first raw log line of the report: untrusted text, escaped wherever it is shown. */
    @Column(length = 2000)
    public String sample;

    public static ErrorReportEntity of(ErrorDetected error, Instant now) {
        ErrorReportEntity row = new ErrorReportEntity();
        row.eventId = error.header().eventId();
        row.targetId = error.header().targetId();
        row.templateId = error.templateId() == null ? "" : error.templateId();
        row.category = error.category();
        row.template = truncate(error.template(), 500);
        row.newLines = Math.max(0, error.newLines());
        row.firstSeen = error.firstSeen();
        row.lastSeen = error.lastSeen() != null ? error.lastSeen() : error.header().occurredAt();
        row.receivedAt = now;
        row.at = error.header().occurredAt();
        row.ratePerMinute = error.ratePerMinute();
        row.sample = error.samples() == null || error.samples().isEmpty() ? row.template
                : truncate(error.samples().get(0), 2000);
        return row;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
