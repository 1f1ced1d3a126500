package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.selfhealing.coordinator.repository.AlertRecordEntity;
import io.selfhealing.coordinator.repository.ErrorReportEntity;
import io.selfhealing.coordinator.repository.HealthSampleEntity;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.CheckResult;
import io.selfhealing.events.HealthReadings;
import io.selfhealing.events.HealthReported;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Health samples and alerts kept over time (idempotent by event id), and the error reports the saga
 * keeps, read for sparklines, the error-rate chart and reports.
 */
@ApplicationScoped
public class HistoryService {

    @WithTransaction
    public Uni<Void> recordHealth(HealthReported report) {
        return HealthSampleEntity.findById(report.header().eventId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            HealthSampleEntity row = new HealthSampleEntity();
            row.eventId = report.header().eventId();
            row.targetId = report.header().targetId();
            row.at = report.header().occurredAt();
            row.status = report.status().name().toLowerCase();
            row.latencyMs = report.checks().stream().map(CheckResult::latencyMs).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            row.poolUsagePercent = HealthReadings.poolUsagePercent(report).orElse(null);
            return row.persist().replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<Void> recordAlert(AlertRaised alert) {
        return AlertRecordEntity.findById(alert.header().eventId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            AlertRecordEntity row = new AlertRecordEntity();
            row.eventId = alert.header().eventId();
            row.at = alert.header().occurredAt();
            row.severity = alert.severity().name().toLowerCase();
            row.title = IncidentTransitions.truncate(alert.title());
            row.message = IncidentTransitions.truncate(alert.message());
            row.targetId = alert.header().targetId();
            row.incidentId = alert.header().incidentId();
            row.source = alert.header().source();
            return row.persist().replaceWithVoid();
        });
    }

    /**
     * A target's error reports within [from, to), oldest first; call inside a session. They are the
     * rows the saga stores for validation ({@link ValidationService#onError}): one table, one writer.
     */
    public Uni<List<ErrorReportEntity>> errors(String targetId, Instant from, Instant to) {
        return ErrorReportEntity.list("targetId = ?1 and at >= ?2 and at < ?3", Sort.ascending("at"), targetId,
                from, to);
    }

    /** Samples within [from, to), oldest first; call inside a session. */
    public Uni<List<HealthSampleEntity>> samples(Instant from, Instant to) {
        return HealthSampleEntity.list("at >= ?1 and at < ?2", Sort.ascending("at"), from, to);
    }

    /** One target's samples within [from, to), oldest first; call inside a session. */
    public Uni<List<HealthSampleEntity>> samples(String targetId, Instant from, Instant to) {
        return HealthSampleEntity.list("targetId = ?1 and at >= ?2 and at < ?3", Sort.ascending("at"), targetId,
                from, to);
    }

    /** Alerts within [from, to), oldest first; call inside a session. */
    public Uni<List<AlertRecordEntity>> alerts(Instant from, Instant to) {
        return AlertRecordEntity.list("at >= ?1 and at < ?2", Sort.ascending("at"), from, to);
    }
}
