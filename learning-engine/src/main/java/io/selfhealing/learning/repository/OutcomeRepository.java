package io.selfhealing.learning.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.selfhealing.learning.domain.TypeStats;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<OutcomeEntity, String> {

    public Uni<TypeStats> statsFor(String issueType, String fixType) {
        return find("select count(o), coalesce(sum(case when o.success = true then 1 else 0 end), 0) "
                        + "from OutcomeEntity o where o.issueType = ?1 and o.fixType = ?2", issueType, fixType)
                .project(Object[].class).firstResult()
                .map(row -> new TypeStats(issueType, fixType, ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue()));
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
