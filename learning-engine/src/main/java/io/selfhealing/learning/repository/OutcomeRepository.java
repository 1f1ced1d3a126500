package io.selfhealing.learning.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.selfhealing.learning.domain.TypeStats;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<OutcomeEntity, String> {

    private static final String COUNTS = "select count(o), coalesce(sum(case when o.success = true then 1 else 0 end), 0) "
            + "from OutcomeEntity o where o.issueType = ?1 and o.fixType = ?2";

    /** Outcomes of (issue type, fix type) over every target. */
    public Uni<TypeStats> statsFor(String issueType, String fixType) {
        return find(COUNTS, issueType, fixType).project(Object[].class).firstResult()
                .map(row -> new TypeStats(issueType, fixType, ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue()));
    }

    /** Outcomes of (issue type, fix type) on one target. */
    public Uni<TypeStats> statsFor(String targetId, String issueType, String fixType) {
        return find(COUNTS + " and o.targetId = ?3", issueType, fixType, targetId).project(Object[].class).firstResult()
                .map(row -> new TypeStats(issueType, fixType, ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue()));
    }

    /** The outcome stored for an incident (one per incident: a later outcome corrects it). */
    public Uni<OutcomeEntity> ofIncident(String incidentId) {
        return find("incidentId", incidentId).firstResult();
    }

    public Uni<List<TypeStats>> allStats() {
        return find("select o.issueType, o.fixType, count(o), "
                        + "coalesce(sum(case when o.success = true then 1 else 0 end), 0) from OutcomeEntity o "
                        + "group by o.issueType, o.fixType order by o.issueType, o.fixType")
                .project(Object[].class).list()
                .map(rows -> rows.stream().map(r -> new TypeStats((String) r[0], (String) r[1],
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList());
    }

    public Uni<List<OutcomeEntity>> recent(int limit) {
        return find("order by occurredAt desc").page(0, limit).list();
    }
}
