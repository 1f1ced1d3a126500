package io.selfhealing.fix.service;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.RollableScalableResource;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.fix.domain.FixRefused;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Reads and changes one field of the target's Deployment, only from the planned value (optimistic lock). */
final class Deployments {

    private Deployments() {
    }

    static RollableScalableResource<Deployment> deployment(KubernetesClient client, TargetSpec target) {
        return client.apps().deployments().inNamespace(target.kubernetes().namespace())
                .withName(target.kubernetes().deployment());
    }

    static Deployment existing(KubernetesClient client, TargetSpec target) {
        Deployment d = deployment(client, target).get();
        if (d == null) {
            throw new FixRefused("Deployment " + target.kubernetes().namespace() + "/" + target.kubernetes().deployment()
                    + " does not exist");
        }
        return d;
    }

    static String restartedAt(Deployment d) {
        Map<String, String> annotations = d.getSpec().getTemplate().getMetadata() == null ? null
                : d.getSpec().getTemplate().getMetadata().getAnnotations();
        return annotations == null ? "" : annotations.getOrDefault(io.selfhealing.fix.domain.FixSpec.RESTARTED_AT, "");
    }

    static void setRestartedAt(Deployment d, String value) {
        var meta = d.getSpec().getTemplate().getMetadata();
        if (meta == null) {
            meta = new io.fabric8.kubernetes.api.model.ObjectMeta();
            d.getSpec().getTemplate().setMetadata(meta);
        }
        Map<String, String> annotations = meta.getAnnotations() == null ? new HashMap<>() : new HashMap<>(meta.getAnnotations());
        annotations.put(io.selfhealing.fix.domain.FixSpec.RESTARTED_AT, value);
        meta.setAnnotations(annotations);
    }

    static String replicas(Deployment d) {
        Integer r = d.getSpec().getReplicas();
        return Integer.toString(r == null ? 1 : r);
    }

    /** Sets the field read by {@code get} from {@code expected} to {@code wanted}; already wanted: nothing to do. */
    static FixExecuted set(KubernetesClient client, CommandIssued command, TargetSpec target, String field,
            Function<Deployment, String> get, BiConsumer<Deployment, String> put, String expected, String wanted) {
        Deployment d = existing(client, target);
        String ref = "k8s:" + target.kubernetes().namespace() + "/deployment/" + target.kubernetes().deployment();
        String current = get.apply(d);
        if (wanted.equals(current)) {
            return Results.done(command, ref + "@" + d.getMetadata().getResourceVersion(),
                    field + " is already " + wanted + "; nothing to change");
        }
        if (!expected.equals(current)) {
            throw new FixRefused(field + " is " + current + ", not " + expected
                    + " as planned; the Deployment changed since the proposal");
        }
        put.accept(d, wanted);
        Deployment updated = client.resource(d).update();
        return Results.done(command, ref + "@" + updated.getMetadata().getResourceVersion(),
                "set " + field + " " + (expected.isEmpty() ? "(unset)" : expected) + " -> " + wanted + " on " + ref);
    }
}
