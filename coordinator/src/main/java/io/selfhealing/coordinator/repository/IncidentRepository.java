package io.selfhealing.coordinator.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.selfhealing.events.IncidentState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<IncidentEntity, String> {

    static final List<IncidentState> TERMINAL = Arrays.stream(IncidentState.values())
            .filter(IncidentState::terminal).toList();
    static final List<IncidentState> IN_FLIGHT = Arrays.stream(IncidentState.values())
            .filter(IncidentState::fixInFlight).toList();

    public static List<IncidentState> terminalStates() {
        return TERMINAL;
    }

    public Uni<IncidentEntity> findOpen(String targetId, String issueType) {
        return find("targetId = ?1 and issueType = ?2 and state not in ?3", Sort.descending("createdAt"),
                targetId, issueType, TERMINAL).firstResult();
    }

    public Uni<Long> countOtherInFlight(String targetId, String exceptId) {
        return count("targetId = ?1 and id <> ?2 and state in ?3", targetId, exceptId, IN_FLIGHT);
    }

    public Uni<Long> countFixesSince(String targetId, Instant since) {
        return count("targetId = ?1 and fixStartedAt > ?2", targetId, since);
    }

    public Uni<Long> countRolledBackSince(String targetId, String issueType, String fixType, Instant since) {
        return count("targetId = ?1 and issueType = ?2 and fixType = ?3 and state = ?4 and updatedAt > ?5", targetId,
                issueType, fixType, IncidentState.ROLLED_BACK, since);
    }

    /** Ids of the incidents in a non-terminal state whose deadline has passed, oldest deadline first. */
    public Uni<List<String>> dueIds(Instant now, int limit) {
        return find("select i.id from IncidentEntity i where i.state not in ?1 and i.deadline <= ?2 "
                + "order by i.deadline", TERMINAL, now).project(String.class).page(Page.ofSize(limit)).list();
    }

    public Uni<IncidentEntity> findByBackup(String backupId) {
        return find("backupId", backupId).firstResult();
    }

    public Uni<List<IncidentEntity>> search(IncidentState state, String targetId, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (state != null) {
            q.append(" and state = :state");
            params.put("state", state);
        }
        if (targetId != null) {
            q.append(" and targetId = :target");
            params.put("target", targetId);
        }
        return find(q.toString(), Sort.descending("createdAt"), params).page(Page.ofSize(limit)).list();
    }

    public Uni<List<IncidentEntity>> withBackups(int limit) {
        return find("backupId is not null", Sort.descending("createdAt")).page(Page.ofSize(limit)).list();
    }
}
