package io.selfhealing.monitor.service.probe;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.CheckList;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.Threshold;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Workloads of one namespace through the Kubernetes API (fabric8, see {@link KubernetesClients}):
 * each deployment of {@code deployments} (default: every deployment of the namespace) has its
 * desired replicas ready (none ready → CRITICAL, some → WARNING, missing → CRITICAL); the pods of
 * those deployments have no container in CrashLoopBackOff or OOMKilled (see {@link PodVerdict});
 * and how often their containers restarted since the previous check. Threshold: podRestarts
 * (warning above 0). An API server that fails or does not answer within the timeout → CRITICAL.
 * {@code podLogs} (see {@link io.selfhealing.monitor.domain.PodLogSettings}) is not a check: the
 * {@code PodLogCollectionService} reads those pods' logs into {@code healing.logs}.
 */
@Singleton
public class KubernetesProbe extends BlockingProbe {

    static final Threshold RESTARTS = Threshold.of(0, Double.POSITIVE_INFINITY);

    private final KubernetesClients clients = new KubernetesClients();

    public KubernetesProbe(BlockingChecks blocking) {
        super(blocking);
    }

    @Override
    public String type() {
        return "kubernetes";
    }

    @Override
    ProbeResult measure(ProbeContext context) {
        CheckList checks = new CheckList(context);
        long start = System.nanoTime();
        try {
            KubernetesClient client = clients.forTarget(context.target().id(), context.settings());
            String namespace = KubernetesClients.namespace(client, context.settings());
            List<Deployment> deployments = deployments(context, client, namespace, checks);
            long latencyMs = (System.nanoTime() - start) / 1_000_000;
            checks.check("api", HealthStatus.HEALTHY, latencyMs, Map.of("namespace", namespace,
                    "deployments", deployments.size()), null);
            for (Deployment d : deployments) {
                replicas(d, checks);
            }
            boolean everyPod = !(context.settings().values().get("deployments") instanceof List<?>);
            pods(context, KubernetesClients.pods(client, namespace, deployments, everyPod), checks);
        } catch (RuntimeException e) {
            long latencyMs = (System.nanoTime() - start) / 1_000_000;
            String error = rootCause(e);
            checks.check("api", HealthStatus.CRITICAL, latencyMs, Map.of("error", error), "kubernetes API: " + error);
        }
        return checks.result();
    }

    /** The configured deployments (a missing one is CRITICAL), or every deployment of the namespace. */
    private static List<Deployment> deployments(ProbeContext context, KubernetesClient client, String namespace,
            CheckList checks) {
        Object configured = context.settings().values().get("deployments");
        if (!(configured instanceof List<?> names)) {
            return client.apps().deployments().inNamespace(namespace).list().getItems();
        }
        List<Deployment> found = new ArrayList<>();
        for (Object name : names) {
            Deployment d = client.apps().deployments().inNamespace(namespace).withName(name.toString()).get();
            if (d == null) {
                checks.check("deployment:" + name, HealthStatus.CRITICAL, null, Map.of("namespace", namespace),
                        "deployment " + name + " not found in " + namespace);
            } else {
                found.add(d);
            }
        }
        return found;
    }

    private static void replicas(Deployment d, CheckList checks) {
        String name = d.getMetadata().getName();
        int desired = d.getSpec() == null || d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
        int ready = d.getStatus() == null || d.getStatus().getReadyReplicas() == null ? 0 : d.getStatus().getReadyReplicas();
        int available = d.getStatus() == null || d.getStatus().getAvailableReplicas() == null ? 0
                : d.getStatus().getAvailableReplicas();
        HealthStatus status = ready >= desired ? HealthStatus.HEALTHY
                : ready == 0 ? HealthStatus.CRITICAL : HealthStatus.WARNING;
        checks.check("deployment:" + name, status, null, Map.of("desired", desired, "ready", ready,
                "available", available), "deployment " + name + " has " + ready + "/" + desired + " replicas ready");
    }

    private static void pods(ProbeContext context, List<Pod> pods, CheckList checks) {
        long newRestarts = 0;
        long total = 0;
        List<String> seen = new ArrayList<>();
        for (Pod pod : pods) {
            PodVerdict verdict = PodVerdict.of(pod);
            seen.add("pod:" + verdict.pod());
            total += verdict.restarts();
            newRestarts += context.increase("pod:" + verdict.pod(), verdict.restarts());
            for (PodVerdict.Problem p : verdict.problems()) {
                checks.check("pod:" + verdict.pod() + "/" + p.container(), p.status(), null, p.details(), p.reason());
            }
        }
        context.counters().retainOnly("pod:", seen);
        checks.metric("restarts", "podRestarts", newRestarts, RESTARTS, Map.of("pods", pods.size(), "total", total));
    }

    /** fabric8 wraps the cause ("Operation: [get] ... failed."); the innermost message says why. */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        message = root == e ? message : message + " (" + root + ")";
        return String.valueOf(message).replaceAll("\\s+", " ");
    }

    @PreDestroy
    void close() {
        clients.close();
    }
}
