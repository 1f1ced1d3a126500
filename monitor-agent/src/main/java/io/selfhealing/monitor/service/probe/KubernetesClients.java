package io.selfhealing.monitor.service.probe;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.selfhealing.monitor.domain.ProbeSettings;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One fabric8 client per kubernetes target, kept open between checks: from {@code kubeconfig}
 * (a file; {@code context} optional) or, without it, fabric8's auto-configuration (in-cluster
 * service account, else {@code ~/.kube/config}). Every request is bounded by the target's timeout
 * and never retried, so a check cannot outlast it.
 */
public final class KubernetesClients implements AutoCloseable {

    private final Map<String, KubernetesClient> clients = new ConcurrentHashMap<>();

    public KubernetesClient forTarget(String targetId, ProbeSettings settings) {
        return clients.computeIfAbsent(targetId, id -> open(settings));
    }

    /** The namespace to check: {@code namespace}, else the configuration's, else {@code default}. */
    public static String namespace(KubernetesClient client, ProbeSettings settings) {
        String configured = client.getConfiguration().getNamespace();
        return settings.string("namespace").orElse(configured == null ? "default" : configured);
    }

    /**
     * The pods of {@code deployments} (selected by their {@code matchLabels}), or every pod of the
     * namespace when {@code everyPod} (no deployment was named).
     */
    public static List<Pod> pods(KubernetesClient client, String namespace, List<Deployment> deployments,
            boolean everyPod) {
        if (everyPod) {
            return client.pods().inNamespace(namespace).list().getItems();
        }
        Map<String, Pod> pods = new LinkedHashMap<>();
        for (Deployment d : deployments) {
            Map<String, String> labels = d.getSpec() == null || d.getSpec().getSelector() == null ? null
                    : d.getSpec().getSelector().getMatchLabels();
            if (labels != null && !labels.isEmpty()) {
                client.pods().inNamespace(namespace).withLabels(labels).list().getItems()
                        .forEach(p -> pods.put(p.getMetadata().getName(), p));
            }
        }
        return new ArrayList<>(pods.values());
    }

    private static KubernetesClient open(ProbeSettings settings) {
        String context = settings.string("context").orElse(null);
        Config base = settings.string("kubeconfig")
                .map(path -> Config.fromKubeconfig(context, new File(path)))
                .orElseGet(() -> Config.autoConfigure(context));
        int timeoutMs = (int) settings.timeout().toMillis();
        Config config = new ConfigBuilder(base).withRequestTimeout(timeoutMs).withConnectionTimeout(timeoutMs)
                .withRequestRetryBackoffLimit(0).build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    @Override
    public void close() {
        clients.values().forEach(KubernetesClient::close);
        clients.clear();
    }
}
