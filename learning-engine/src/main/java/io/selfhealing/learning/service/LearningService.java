package io.selfhealing.learning.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.LearningUpdated;
import io.selfhealing.events.OutcomeRecorded;
import io.selfhealing.learning.domain.TypeStats;
import io.selfhealing.learning.repository.OutcomeEntity;
import io.selfhealing.learning.repository.OutcomeRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** Records outcomes in the knowledge base and recomputes the success rate of their type. */
@ApplicationScoped
public class LearningService {

    /** Stats of every type are published with this target id: they are not about one target. */
    public static final String ALL_TARGETS = "*";
    static final String SOURCE = "learning-engine";
    private static final Logger LOG = Logger.getLogger(LearningService.class);

    private final OutcomeRepository outcomes;

    public LearningService(OutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * Stores the outcome once (a repeat of the same event id changes nothing) and returns the
     * updated statistics of its (issue type, fix type).
     */
    @WithTransaction
    public Uni<LearningUpdated> record(OutcomeRecorded outcome) {
        return outcomes.findById(outcome.header().eventId())
                .flatMap(existing -> existing != null ? Uni.createFrom().voidItem()
                        : outcomes.persist(toEntity(outcome)).replaceWithVoid())
                .flatMap(ignored -> outcomes.statsFor(outcome.issueType(), outcome.fixType()))
                .map(stats -> {
                    LOG.infof("outcome %s of %s/%s: %s; success rate now %.2f over %d", outcome.header().incidentId(),
                            outcome.issueType(), outcome.fixType(), outcome.finalState(), stats.successRate(),
                            stats.total());
                    return toEvent(stats);
                });
    }

    @WithSession
    public Uni<List<TypeStats>> allStats() {
        return outcomes.allStats();
    }

    @WithSession
    public Uni<List<OutcomeEntity>> recentOutcomes(int limit) {
        return outcomes.recent(limit);
    }

    static LearningUpdated toEvent(TypeStats stats) {
        return new LearningUpdated(EventHeader.create(SOURCE, ALL_TARGETS), stats.issueType(), stats.fixType(),
                stats.total(), stats.successes(), stats.successRate());
    }

    private static OutcomeEntity toEntity(OutcomeRecorded o) {
        OutcomeEntity e = new OutcomeEntity();
        e.eventId = o.header().eventId();
        e.incidentId = o.header().incidentId() == null ? "" : o.header().incidentId();
        e.targetId = o.header().targetId();
        e.issueType = o.issueType();
        e.fixType = o.fixType();
        e.success = o.success();
        e.finalState = o.finalState().name();
        e.baseConfidence = o.baseConfidence();
        e.adjustedConfidence = o.adjustedConfidence();
        e.durationMs = o.durationMs();
        e.detail = o.detail() == null ? null : o.detail().substring(0, Math.min(2000, o.detail().length()));
        e.occurredAt = o.header().occurredAt();
        return e;
    }
}
