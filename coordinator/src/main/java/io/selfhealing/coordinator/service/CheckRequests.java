package io.selfhealing.coordinator.service;

import io.selfhealing.coordinator.domain.CheckAnswers;
import io.selfhealing.events.HealthReported;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check requests this instance is waiting on, matched with monitor-agent's answers on
 * {@code healing.health} (read by this instance's own live consumer, so the instance that asked
 * sees the answers whichever instance's group owns the partition).
 */
@ApplicationScoped
public class CheckRequests {

    private record Pending(CheckAnswers answers, CompletableFuture<CheckAnswers> done) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** Registers the request before it is sent, so no answer can come too early. */
    public void open(String requestId) {
        pending.put(requestId, new Pending(new CheckAnswers(requestId), new CompletableFuture<>()));
    }

    /** The answers, complete or as they are after {@code timeout}; the request is forgotten then. */
    public Uni<CheckAnswers> await(String requestId, Duration timeout) {
        Pending p = pending.get(requestId);
        return Uni.createFrom().completionStage(p.done()).ifNoItem().after(timeout).recoverWithItem(p::answers)
                .eventually(() -> pending.remove(requestId));
    }

    public void forget(String requestId) {
        pending.remove(requestId);
    }

    /** A health report that answers a request: kept when this instance is waiting for it. */
    public void answer(HealthReported report) {
        Pending p = report.requestId() == null ? null : pending.get(report.requestId());
        if (p != null && p.answers().offer(report)) {
            p.done().complete(p.answers());
        }
    }
}
