package io.selfhealing.monitor.messaging;

import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.monitor.config.MonitorConfig;
import io.selfhealing.monitor.domain.ProbeResult;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Probe results → {@code healing.health} as {@link HealthReported}, keyed by target id. */
@ApplicationScoped
public class HealthPublisher {

    private final EventSender sender;
    private final MutinyEmitter<String> health;

    public HealthPublisher(EventSender sender, @Channel("health") MutinyEmitter<String> health) {
        this.sender = sender;
        this.health = health;
    }

    /** Completes when the broker acknowledged the report. */
    public Uni<Void> publish(TargetSpec target, ProbeResult result) {
        var event = new HealthReported(EventHeader.create(MonitorConfig.SOURCE, target.id()), target.type(),
                result.status(), result.reasons(), result.checks());
        return sender.send(health, event);
    }

    /** The answer to a check request: the result with the request's id and how many targets answer it. */
    public Uni<Void> publishAnswer(TargetSpec target, ProbeResult result, String requestId, int requestTargets) {
        var event = new HealthReported(EventHeader.create(MonitorConfig.SOURCE, target.id()), target.type(),
                result.status(), result.reasons(), result.checks(), requestId, requestTargets);
        return sender.send(health, event);
    }
}
