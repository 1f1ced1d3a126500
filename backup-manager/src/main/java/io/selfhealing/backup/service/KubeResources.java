package io.selfhealing.backup.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.selfhealing.backup.config.KubernetesConfig;
import io.selfhealing.backup.domain.BackupRefused;
import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.events.ResourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blocking snapshots of Kubernetes resources, confined to the allowed namespaces, stored as small
 * JSON documents: a ConfigMap key ({@code k8s-configmap}, path {@code <name>/<key>}) as
 * {@code {"present":true,"value":"800"}}; a Deployment ({@code k8s-deployment}, path {@code <name>})
 * as {@code {"replicas":2,"restartedAt":"..."}}. Restore writes exactly those fields back.
 */
@ApplicationScoped
public class KubeResources {

    static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client;
    private final List<String> namespaces;

    public KubeResources(KubernetesClient client, KubernetesConfig config) {
        this.client = client;
        this.namespaces = config.allowedNamespaces().orElse(List.of());
    }

    static boolean handles(ResourceRef resource) {
        return ResourceRef.K8S_CONFIGMAP.equals(resource.kind()) || ResourceRef.K8S_DEPLOYMENT.equals(resource.kind());
    }

    public Snapshot read(ResourceRef resource) {
        check(resource);
        if (ResourceRef.K8S_CONFIGMAP.equals(resource.kind())) {
            String[] nameKey = nameAndKey(resource);
            ConfigMap map = existing(client.configMaps().inNamespace(resource.location()).withName(nameKey[0]).get(), resource);
            Map<String, String> data = map.getData() == null ? Map.of() : map.getData();
            return encode(resource, new ConfigMapKey(data.containsKey(nameKey[1]), data.get(nameKey[1])));
        }
        Deployment d = existing(deployment(resource), resource);
        Map<String, String> annotations = d.getSpec().getTemplate().getMetadata() == null ? null
                : d.getSpec().getTemplate().getMetadata().getAnnotations();
        return encode(resource, new DeploymentState(d.getSpec().getReplicas(),
                annotations == null ? null : annotations.get(RESTARTED_AT)));
    }

    public void restore(Snapshot snapshot) {
        ResourceRef resource = snapshot.resource();
        check(resource);
        try {
            if (ResourceRef.K8S_CONFIGMAP.equals(resource.kind())) {
                restoreKey(resource, JSON.readValue(snapshot.content(), ConfigMapKey.class));
            } else {
                restoreDeployment(resource, JSON.readValue(snapshot.content(), DeploymentState.class));
            }
        } catch (IOException e) {
            throw new BackupRefused("stored snapshot of " + resource.describe() + " is not readable: " + e, e);
        }
        if (!Snapshot.sha256(read(resource).content()).equals(snapshot.sha256())) {
            throw new BackupRefused("restored " + resource.describe() + " does not match its snapshot");
        }
    }

    private void restoreKey(ResourceRef resource, ConfigMapKey saved) {
        String[] nameKey = nameAndKey(resource);
        ConfigMap map = existing(client.configMaps().inNamespace(resource.location()).withName(nameKey[0]).get(), resource);
        Map<String, String> data = map.getData() == null ? new HashMap<>() : new HashMap<>(map.getData());
        if (saved.present()) {
            data.put(nameKey[1], saved.value());
        } else {
            data.remove(nameKey[1]);
        }
        map.setData(data);
        client.resource(map).update();
    }

    private void restoreDeployment(ResourceRef resource, DeploymentState saved) {
        Deployment d = existing(deployment(resource), resource);
        d.getSpec().setReplicas(saved.replicas());
        ObjectMeta meta = d.getSpec().getTemplate().getMetadata() == null ? new ObjectMeta()
                : d.getSpec().getTemplate().getMetadata();
        Map<String, String> annotations = meta.getAnnotations() == null ? new HashMap<>() : new HashMap<>(meta.getAnnotations());
        if (saved.restartedAt() == null) {
            annotations.remove(RESTARTED_AT);
        } else {
            annotations.put(RESTARTED_AT, saved.restartedAt());
        }
        meta.setAnnotations(annotations);
        d.getSpec().getTemplate().setMetadata(meta);
        client.resource(d).update();
    }

    private Deployment deployment(ResourceRef resource) {
        return client.apps().deployments().inNamespace(resource.location()).withName(resource.path()).get();
    }

    private void check(ResourceRef resource) {
        if (resource.location() == null || resource.path() == null || !namespaces.contains(resource.location())) {
            throw new BackupRefused(resource.describe() + " is outside the allowed namespaces " + namespaces);
        }
    }

    private static String[] nameAndKey(ResourceRef resource) {
        int slash = resource.path().indexOf('/');
        if (slash < 1 || slash == resource.path().length() - 1) {
            throw new BackupRefused(resource.describe() + ": path must be <configmap>/<key>");
        }
        return new String[] {resource.path().substring(0, slash), resource.path().substring(slash + 1)};
    }

    private static <T> T existing(T object, ResourceRef resource) {
        if (object == null) {
            throw new BackupRefused(resource.describe() + " does not exist");
        }
        return object;
    }

    private static Snapshot encode(ResourceRef resource, Object state) {
        try {
            return Snapshot.of(resource, JSON.writeValueAsBytes(state));
        } catch (IOException e) {
            throw new BackupRefused("cannot encode " + resource.describe() + ": " + e, e);
        }
    }

    record ConfigMapKey(boolean present, String value) {
    }

    record DeploymentState(Integer replicas, String restartedAt) {
    }
}
