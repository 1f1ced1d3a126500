package io.selfhealing.fix.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.fix.domain.FixRefused;
import java.util.Optional;

/** The objects a target declares (ConfigMap key, Deployment), as resource refs, and the check that a plan names exactly them. */
final class DeclaredResources {

    private DeclaredResources() {
    }

    static Optional<ResourceRef> configMapKey(TargetSpec target, String key) {
        TargetSpec.KubernetesLocation k = target.kubernetes();
        return k == null || k.configMap() == null ? Optional.empty()
                : Optional.of(new ResourceRef(ResourceRef.K8S_CONFIGMAP, k.namespace(), k.configMap() + "/" + key));
    }

    static Optional<ResourceRef> deployment(TargetSpec target) {
        TargetSpec.KubernetesLocation k = target.kubernetes();
        return k == null || k.deployment() == null ? Optional.empty()
                : Optional.of(new ResourceRef(ResourceRef.K8S_DEPLOYMENT, k.namespace(), k.deployment()));
    }

    /** The single change of the command, which must name {@code declared}. */
    static ParameterChange onlyChange(CommandIssued command, Optional<ResourceRef> declared, String what) {
        if (command.plan().changes().size() != 1) {
            throw new FixRefused(what + " changes exactly one value per plan");
        }
        ParameterChange change = command.plan().changes().get(0);
        ResourceRef expected = declared.orElseThrow(() -> new FixRefused("target " + command.header().targetId()
                + " declares no " + what));
        if (!expected.equals(change.resource())) {
            throw new FixRefused(change.resource().describe() + " is not the declared " + what + " of target "
                    + command.header().targetId() + " (" + expected.describe() + ")");
        }
        return change;
    }
}
