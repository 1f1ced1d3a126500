package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.coordinator.repository.DiagnosisEntity;
import io.selfhealing.coordinator.repository.TargetHealthEntity;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthReported;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps what the API and the validation need to know: latest health per target, diagnoses. */
@ApplicationScoped
public class SignalService {

    @WithTransaction
    public Uni<Void> onHealth(HealthReported report) {
        String target = report.header().targetId();
        return TargetHealthEntity.<TargetHealthEntity>findById(target).flatMap(existing -> {
            if (existing != null && existing.reportedAt.isAfter(report.header().occurredAt())) {
                return Uni.createFrom().voidItem();
            }
            TargetHealthEntity row = existing != null ? existing : new TargetHealthEntity();
            row.targetId = target;
            row.status = report.status().name();
            row.reportedAt = report.header().occurredAt();
            row.eventJson = EventCodec.encode(report);
            return existing != null ? Uni.createFrom().voidItem() : row.persist().replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<Void> onDiagnosis(DiagnosisMade diagnosis) {
        return DiagnosisEntity.<DiagnosisEntity>findById(diagnosis.header().eventId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            DiagnosisEntity row = new DiagnosisEntity();
            row.eventId = diagnosis.header().eventId();
            row.targetId = diagnosis.header().targetId();
            row.issueType = diagnosis.issueType();
            row.confidence = diagnosis.confidence();
            row.summary = IncidentTransitions.truncate(diagnosis.summary());
            row.eventJson = EventCodec.encode(diagnosis);
            row.occurredAt = diagnosis.header().occurredAt();
            return row.persist().replaceWithVoid();
        });
    }
}
