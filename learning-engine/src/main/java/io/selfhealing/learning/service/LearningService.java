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

/**
 * Records outcomes in the knowledge base, one per incident, and recomputes the success rate of
 * their (issue type, fix type) over every target and on the outcome's target.
 */
@ApplicationScoped
public class LearningService {

    static final String SOURCE = "learning-engine";
    private static final Logger LOG = Logger.getLogger(LearningService.class);

    private final OutcomeRepository outcomes;

    public LearningService(OutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * Stores the outcome once (a repeat of the same event id changes nothing; a later outcome of
     * the same incident corrects the stored one) and returns the updated statistics: over every
     * target, then on the outcome's target.
     */
    @WithTransaction
    public Uni<List<LearningUpdated>> record(OutcomeRecorded outcome) {
        String target = outcome.header().targetId();
        return store(outcome)
                .flatMap(ignored -> outcomes.statsFor(outcome.issueType(), outcome.fixType()))
                .flatMap(global -> outcomes.statsFor(target, outcome.issueType(), outcome.fixType()).map(own -> {
                    LOG.infof("outcome %s of %s/%s on %s: %s; success rate now %.2f over %d (%.2f over %d here)",
                            outcome.header().incidentId(), outcome.issueType(), outcome.fixType(), target,
                            outcome.finalState(), global.successRate(), global.total(), own.successRate(), own.total());
                    return List.of(toEvent(global, LearningUpdated.ALL_TARGETS), toEvent(own, target));
                }));
    }

    private Uni<Void> store(OutcomeRecorded outcome) {
        String incidentId = outcome.header().incidentId();
        Uni<OutcomeEntity> existing = incidentId == null || incidentId.isEmpty()
                ? outcomes.findById(outcome.header().eventId()) : outcomes.ofIncident(incidentId);
        return existing.flatMap(stored -> {
            if (stored == null) {
                return outcomes.persist(toEntity(outcome)).replaceWithVoid();
            }
            if (!stored.eventId.equals(outcome.header().eventId())
                    && outcome.header().occurredAt().isAfter(stored.occurredAt)) {
                LOG.infof("outcome of incident %s corrected: %s -> %s", incidentId, stored.finalState,
                        outcome.finalState());
                stored.correct(outcome.success(), outcome.finalState().name(), outcome.detail(),
                        outcome.header().occurredAt());
            }
            return Uni.createFrom().voidItem();
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

    static LearningUpdated toEvent(TypeStats stats, String targetId) {
        return new LearningUpdated(EventHeader.create(SOURCE, targetId), stats.issueType(), stats.fixType(),
                stats.total(), stats.successes(), stats.successRate());
    }

    private static OutcomeEntity toEntity(OutcomeRecorded o) {
        OutcomeEntity e = new OutcomeEntity();
        e.eventId = o.header().eventId();
        e.incidentId = o.header().incidentId() == null ? "" : o.header().incidentId();
        e.targetId = o.header().targetId();
        e.issueType = o.issueType();
        e.fixType = o.fixType();
        e.baseConfidence = o.baseConfidence();
        e.adjustedConfidence = o.adjustedConfidence();
        e.durationMs = o.durationMs();
        e.correct(o.success(), o.finalState().name(), o.detail(), o.header().occurredAt());
        return e;
    }
}
