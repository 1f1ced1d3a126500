package io.selfhealing.fix.service;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import io.selfhealing.fix.domain.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * {@code k8s-scale}: sets the Deployment's replica count within the target's minReplicas..maxReplicas
 * (and the catalog's bounds); a target without maxReplicas is never scaled.
 */
@ApplicationScoped
public class ScaleActuator implements Actuator {

    private final KubernetesClient client;

    public ScaleActuator(KubernetesClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return FixSpec.K8S_SCALE;
    }

    @Override
    public Optional<Reading> read(TargetSpec target, FixSpec spec) {
        if (target.kubernetes() == null || target.kubernetes().maxReplicas() == null) {
            return Optional.empty();
        }
        return DeclaredResources.deployment(target).map(ref -> new Reading(ref, spec.parameter().key(),
                Deployments.replicas(Deployments.existing(client, target)), null, min(target),
                (long) target.kubernetes().maxReplicas()));
    }

    @Override
    public FixExecuted apply(CommandIssued command, TargetSpec target, FixSpec spec) {
        ParameterChange change = checked(command, target, spec);
        return Deployments.set(client, command, target, "replicas", Deployments::replicas,
                (d, v) -> d.getSpec().setReplicas(Integer.parseInt(v)), change.fromValue(), change.toValue());
    }

    @Override
    public FixExecuted revert(CommandIssued command, TargetSpec target, FixSpec spec) {
        ParameterChange change = checked(command, target, spec);
        return Deployments.set(client, command, target, "replicas", Deployments::replicas,
                (d, v) -> d.getSpec().setReplicas(Integer.parseInt(v)), change.toValue(), change.fromValue());
    }

    /** The change, within the target's replica bounds as well as the catalog's. */
    private ParameterChange checked(CommandIssued command, TargetSpec target, FixSpec spec) {
        ParameterChange change = DeclaredResources.onlyChange(command, DeclaredResources.deployment(target), "Deployment");
        if (target.kubernetes().maxReplicas() == null) {
            throw new FixRefused("target " + target.id() + " declares no maxReplicas; it is never scaled");
        }
        spec.reject(change, min(target), (long) target.kubernetes().maxReplicas()).ifPresent(reason -> {
            throw new FixRefused(reason);
        });
        return change;
    }

    private static Long min(TargetSpec target) {
        Integer min = target.kubernetes().minReplicas();
        return (long) (min == null ? 1 : min);
    }
}
