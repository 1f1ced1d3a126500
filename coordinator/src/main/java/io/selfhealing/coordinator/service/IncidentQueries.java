package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.coordinator.domain.IncidentDetail;
import io.selfhealing.coordinator.repository.DiagnosisEntity;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.repository.IncidentRepository;
import io.selfhealing.coordinator.repository.TargetHealthEntity;
import io.selfhealing.coordinator.repository.TransitionEntity;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.IncidentState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Read side of the API. */
@ApplicationScoped
public class IncidentQueries {

    private final IncidentRepository incidents;
    private final DecisionLog audit;

    public IncidentQueries(IncidentRepository incidents, DecisionLog audit) {
        this.incidents = incidents;
        this.audit = audit;
    }

    @WithSession
    public Uni<List<IncidentEntity>> list(IncidentState state, String targetId, int limit) {
        return incidents.search(state, targetId, limit);
    }

    @WithSession
    public Uni<IncidentDetail> detail(String id) {
        return incidents.findById(id).flatMap(incident -> {
            if (incident == null) {
                throw ProblemException.notFound("incident", id);
            }
            Uni<List<TransitionEntity>> transitions = TransitionEntity.list("incidentId", Sort.ascending("id"), id);
            Uni<DiagnosisEntity> diagnosis = incident.diagnosisId == null ? Uni.createFrom().nullItem()
                    : DiagnosisEntity.findById(incident.diagnosisId);
            return transitions.flatMap(ts -> diagnosis.flatMap(d -> audit.forIncident(id).map(decisions ->
                    new IncidentDetail(incident, ts, d == null ? null : EventCodec.decode(d.eventJson,
                            DiagnosisMade.class), IncidentTransitions.plan(incident), decisions))));
        });
    }

    @WithSession
    public Uni<List<HealthReported>> latestHealth() {
        return TargetHealthEntity.<TargetHealthEntity>listAll(Sort.ascending("targetId"))
                .map(rows -> rows.stream().map(r -> EventCodec.decode(r.eventJson, HealthReported.class)).toList());
    }

    @WithSession
    public Uni<List<IncidentEntity>> withBackups(int limit) {
        return incidents.withBackups(limit);
    }

    @WithSession
    public Uni<Long> countOpen() {
        return incidents.count("state not in ?1", IncidentRepository.terminalStates());
    }
}
