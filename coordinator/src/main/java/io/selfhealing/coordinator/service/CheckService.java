package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.coordinator.config.ControlRoomConfig;
import io.selfhealing.coordinator.domain.CheckAnswers;
import io.selfhealing.coordinator.domain.HumanDecision;
import io.selfhealing.coordinator.repository.TargetHealthEntity;
import io.selfhealing.coordinator.rest.MonitoringViews;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * trigger-check: asks monitor-agent (a PROBE command through the outbox on {@code healing.commands})
 * to probe now and returns its fresh results, waiting at most {@code healing.control-room.check-timeout}.
 * No answer at all is a 504 problem; some answers are returned with {@code complete=false}.
 */
@ApplicationScoped
public class CheckService {

    private static final String LIVE_CHANNEL = "live";
    private static final Duration POLL = Duration.ofMillis(100);

    private final Outbox outbox;
    private final DecisionLog audit;
    private final CheckRequests requests;
    private final ControlRoomConfig config;
    private final KafkaClientService kafka;

    public CheckService(Outbox outbox, DecisionLog audit, CheckRequests requests, ControlRoomConfig config,
            KafkaClientService kafka) {
        this.kafka = kafka;
        this.outbox = outbox;
        this.audit = audit;
        this.requests = requests;
        this.config = config;
    }

    /** Probes {@code targetId} (null: every target) now; the request is audited as the person's. */
    public Uni<MonitoringViews.CheckResults> checkNow(String targetId, HumanDecision decision) {
        Duration timeout = config.checkTimeout();
        String subject = targetId == null ? CommandType.ALL_TARGETS : targetId;
        CommandIssued command = new CommandIssued(EventHeader.create("coordinator", subject), CommandType.PROBE,
                null, null, "trigger-check " + decision.describe(), Instant.now().plus(timeout));
        String id = command.header().eventId();
        return known(targetId).flatMap(x -> listening(timeout)).flatMap(x -> {
            requests.open(id);
            return send(command, decision).onFailure().invoke(e -> requests.forget(id))
                    .flatMap(sent -> requests.await(id, timeout))
                    .map(answers -> view(id, answers, timeout));
        });
    }

    /**
     * Waits (bounded) until this instance's live consumer, which reads the answers from the latest
     * offset, has its partitions: right after a start an answer could otherwise pass unseen.
     */
    private Uni<Void> listening(Duration timeout) {
        KafkaConsumer<Object, Object> live = kafka.getConsumer(LIVE_CHANNEL);
        Context caller = Vertx.currentContext();
        if (live == null || caller == null) {
            return Uni.createFrom().voidItem();
        }
        return live.getAssignments().onItem().transformToUni(assigned -> assigned.isEmpty()
                        ? Uni.createFrom().<Void>failure(new IllegalStateException("live consumer not assigned yet"))
                        : Uni.createFrom().voidItem())
                .onFailure().retry().withBackOff(POLL, POLL).atMost(Math.max(1, timeout.toMillis() / POLL.toMillis()))
                .onFailure().recoverWithNull()
                // the answer comes on the consumer's thread: back to the request's context for the transaction
                .emitOn(task -> caller.runOnContext(x -> task.run()));
    }

    @WithSession
    Uni<Void> known(String targetId) {
        if (targetId == null) {
            return Uni.createFrom().voidItem();
        }
        return TargetHealthEntity.<TargetHealthEntity>findById(targetId).map(row -> {
            if (row == null) {
                throw new ProblemException(404, "Unknown target", "no health report of target '" + targetId
                        + "' yet: it is not (yet) monitored; GET /api/monitoring/health lists the targets", "target");
            }
            return null;
        });
    }

    @WithTransaction
    Uni<Void> send(CommandIssued command, HumanDecision decision) {
        return audit.record(decision, "trigger-check", command.header().targetId(), null)
                .flatMap(row -> outbox.add(command));
    }

    private static MonitoringViews.CheckResults view(String id, CheckAnswers answers, Duration timeout) {
        List<HealthReported> results = answers.results();
        if (results.isEmpty()) {
            throw new ProblemException(504, "Check not answered", "monitor-agent did not answer check request "
                    + id + " within " + timeout.toMillis() + " ms: is monitor-agent running and reading healing.commands?"
                    + " (healing.control-room.check-timeout)");
        }
        Map<String, MonitoringViews.TargetCheck> checks = new LinkedHashMap<>();
        results.forEach(r -> checks.put(r.header().targetId(), MonitoringService.check(r)));
        long issues = results.stream().filter(r -> r.status() != HealthStatus.HEALTHY).count();
        return new MonitoringViews.CheckResults(MonitoringService.overall(results), issues, Instant.now(), id,
                answers.complete(), answers.expected(), checks);
    }
}
