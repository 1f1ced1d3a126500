package io.selfhealing.fix.service;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import io.selfhealing.fix.domain.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Optional;

/**
 * {@code k8s-configmap}: sets one key of the target's ConfigMap, only if it still has the planned
 * value (optimistic lock on the resourceVersion). Repeating a command finds the new value and
 * changes nothing; revert sets the old value back if nobody else changed it.
 */
@ApplicationScoped
public class ConfigMapActuator implements Actuator {

    private final KubernetesClient client;

    public ConfigMapActuator(KubernetesClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return FixSpec.K8S_CONFIGMAP;
    }

    @Override
    public Optional<Reading> read(TargetSpec target, FixSpec spec) {
        String key = spec.parameter().key();
        return DeclaredResources.configMapKey(target, key).map(ref -> {
            ConfigMap map = configMap(target).get();
            if (map == null || map.getData() == null || !map.getData().containsKey(key)) {
                throw new FixRefused(ref.describe() + (map == null ? " does not exist" : " is not defined"));
            }
            return Reading.of(ref, key, map.getData().get(key));
        });
    }

    @Override
    public FixExecuted apply(CommandIssued command, TargetSpec target, FixSpec spec) {
        ParameterChange change = DeclaredResources.onlyChange(command,
                DeclaredResources.configMapKey(target, spec.parameter().key()), "ConfigMap key");
        return set(command, target, change.key(), change.fromValue(), change.toValue());
    }

    @Override
    public FixExecuted revert(CommandIssued command, TargetSpec target, FixSpec spec) {
        ParameterChange change = DeclaredResources.onlyChange(command,
                DeclaredResources.configMapKey(target, spec.parameter().key()), "ConfigMap key");
        return set(command, target, change.key(), change.toValue(), change.fromValue());
    }

    /** Sets {@code key} from {@code expected} to {@code wanted}; already {@code wanted}: nothing to do. */
    private FixExecuted set(CommandIssued command, TargetSpec target, String key, String expected, String wanted) {
        ConfigMap map = configMap(target).get();
        if (map == null) {
            throw new FixRefused("ConfigMap " + target.kubernetes().namespace() + "/" + target.kubernetes().configMap()
                    + " does not exist");
        }
        String current = map.getData() == null ? null : map.getData().get(key);
        String ref = "k8s:" + map.getMetadata().getNamespace() + "/configmap/" + map.getMetadata().getName();
        if (wanted.equals(current)) {
            return Results.done(command, ref + "@" + map.getMetadata().getResourceVersion(),
                    key + " is already " + wanted + "; nothing to change");
        }
        if (!expected.equals(current)) {
            throw new FixRefused(key + " is " + current + ", not " + expected
                    + " as planned; the ConfigMap changed since the proposal");
        }
        HashMap<String, String> data = new HashMap<>(map.getData());
        data.put(key, wanted);
        map.setData(data);
        ConfigMap updated = client.resource(map).update();
        return Results.done(command, ref + "@" + updated.getMetadata().getResourceVersion(),
                "set " + key + " " + expected + " -> " + wanted + " in " + ref);
    }

    private Resource<ConfigMap> configMap(TargetSpec target) {
        return client.configMaps().inNamespace(target.kubernetes().namespace()).withName(target.kubernetes().configMap());
    }
}
