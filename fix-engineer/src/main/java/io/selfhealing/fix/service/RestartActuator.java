package io.selfhealing.fix.service;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.fix.domain.FixSpec;
import io.selfhealing.fix.domain.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code k8s-restart}: a rolling restart as {@code kubectl rollout restart} does it, by setting the
 * pod template's {@code kubectl.kubernetes.io/restartedAt} annotation to the planned time. A
 * repeated command finds the annotation set and changes nothing. A restart cannot be undone: revert
 * changes nothing (backup-manager restores the annotation if asked to).
 */
@ApplicationScoped
public class RestartActuator implements Actuator {

    private final KubernetesClient client;
    private final Clock clock;

    @Inject
    public RestartActuator(KubernetesClient client) {
        this(client, Clock.systemUTC());
    }

    RestartActuator(KubernetesClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public String name() {
        return FixSpec.K8S_RESTART;
    }

    @Override
    public Optional<Reading> read(TargetSpec target, FixSpec spec) {
        return DeclaredResources.deployment(target).map(ref -> new Reading(ref, FixSpec.RESTARTED_AT,
                Deployments.restartedAt(Deployments.existing(client, target)),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), null, null));
    }

    @Override
    public FixExecuted apply(CommandIssued command, TargetSpec target, FixSpec spec) {
        ParameterChange change = DeclaredResources.onlyChange(command, DeclaredResources.deployment(target), "Deployment");
        return Deployments.set(client, command, target, FixSpec.RESTARTED_AT, Deployments::restartedAt,
                Deployments::setRestartedAt, change.fromValue(), change.toValue());
    }

    @Override
    public FixExecuted revert(CommandIssued command, TargetSpec target, FixSpec spec) {
        DeclaredResources.onlyChange(command, DeclaredResources.deployment(target), "Deployment");
        return Results.done(command, null, "a restart cannot be undone; nothing to revert");
    }
}
