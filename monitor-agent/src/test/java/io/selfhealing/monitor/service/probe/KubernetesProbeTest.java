package io.selfhealing.monitor.service.probe;

import static io.selfhealing.monitor.service.probe.HostProbeTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against fabric8's mock API server in CRUD mode, reached through a kubeconfig file. */
@EnableKubernetesMockClient(crud = true)
class KubernetesProbeTest {

    private static final String NS = "shop";

    KubernetesClient client;

    @TempDir
    Path dir;

    private Path kubeconfig;
    private final KubernetesProbe probe = new KubernetesProbe(null);

    @BeforeEach
    void kubeconfig() throws Exception {
        kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster: {server: "%s", insecure-skip-tls-verify: true}  # the mock server has a self-signed certificate
                contexts:
                - name: mock
                  context: {cluster: mock, user: monitor, namespace: %s}
                current-context: mock
                users:
                - name: monitor
                  user: {token: not-a-secret}
                """.formatted(client.getMasterUrl().toString(), NS));
    }

    @Test
    void aDeploymentWithAllReplicasReadyAndCalmPodsIsHealthy() {
        deployment("web", 3, 3);
        pod("web-1", "web", running(0));
        ProbeResult result = probe.measure(context(Map.of("deployments", List.of("web"))));
        assertEquals(HealthStatus.HEALTHY, result.status(), result.reasons().toString());
        assertEquals(3, ((Number) check(result, "deployment:web").details().get("ready")).intValue());
        assertEquals(NS, check(result, "api").details().get("namespace"));
        assertEquals(1, ((Number) check(result, "restarts").details().get("pods")).intValue());
    }

    @Test
    void replicasNotReadyAreAWarningAndNoneReadyCritical() {
        deployment("web", 3, 1);
        deployment("api", 2, 0);
        ProbeResult result = probe.measure(context(Map.of()));
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertEquals(HealthStatus.WARNING, check(result, "deployment:web").status());
        assertEquals(HealthStatus.CRITICAL, check(result, "deployment:api").status());
        assertTrue(result.reasons().contains("deployment web has 1/3 replicas ready"), result.reasons().toString());
    }

    @Test
    void crashLoopBackOffAndOomKilledAreFoundInThePodsOfTheDeployment() {
        deployment("worker", 2, 0);
        pod("worker-a", "worker", new ContainerStatusBuilder().withName("main").withRestartCount(7)
                .withNewState().withNewWaiting().withReason("CrashLoopBackOff").endWaiting().endState().build());
        pod("worker-b", "worker", new ContainerStatusBuilder().withName("main").withRestartCount(1)
                .withNewState().withNewRunning().endRunning().endState()
                .withNewLastState().withNewTerminated().withReason("OOMKilled").withExitCode(137).endTerminated()
                .endLastState().build());
        pod("other", "other", running(0));
        ProbeResult result = probe.measure(context(Map.of("deployments", List.of("worker"))));
        assertEquals(HealthStatus.CRITICAL, check(result, "pod:worker-a/main").status());
        assertEquals(HealthStatus.WARNING, check(result, "pod:worker-b/main").status());
        assertTrue(result.reasons().contains("pod worker-a container main is in CrashLoopBackOff (restarts 7)"),
                result.reasons().toString());
        assertTrue(result.reasons().contains("pod worker-b container main was OOMKilled last time it stopped (restarts 1)"),
                result.reasons().toString());
        assertEquals(8, ((Number) check(result, "restarts").details().get("total")).intValue());
        assertTrue(result.checks().stream().noneMatch(c -> c.name().startsWith("pod:other")), "not a worker pod");
    }

    @Test
    void restartsSinceThePreviousCheckAreAWarningOnce() {
        deployment("web", 1, 1);
        pod("web-1", "web", running(2));
        ProbeContext context = context(Map.of("deployments", List.of("web")));
        assertEquals(HealthStatus.HEALTHY, probe.measure(context).status(), "the first count is the baseline");

        client.pods().inNamespace(NS).withName("web-1").editStatus(p -> new PodBuilder(p).editStatus()
                .withContainerStatuses(running(5)).endStatus().build());
        ProbeResult restarted = probe.measure(context);
        assertEquals(HealthStatus.WARNING, restarted.status(), restarted.reasons().toString());
        assertEquals(List.of("restarts podRestarts 3.0 > 0.0"), restarted.reasons());
        assertEquals(HealthStatus.HEALTHY, probe.measure(context).status());
    }

    @Test
    void aMissingDeploymentIsCriticalAndAnUnreachableApiToo() throws Exception {
        ProbeResult missing = probe.measure(context(Map.of("deployments", List.of("ghost"))));
        assertEquals(List.of("deployment ghost not found in shop"), missing.reasons());

        Files.writeString(kubeconfig, Files.readString(kubeconfig).replace(client.getMasterUrl().toString(),
                "http://127.0.0.1:1/"));
        ProbeResult down = new KubernetesProbe(null).measure(context(Map.of("timeoutMs", 1000)));
        assertEquals(HealthStatus.CRITICAL, down.status());
        assertTrue(down.reasons().get(0).startsWith("kubernetes API: "), down.reasons().toString());
    }

    private ProbeContext context(Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(Map.of("kubeconfig", kubeconfig.toString()));
        settings.putAll(extra);
        return Targets.context("kubernetes", settings);
    }

    private void deployment(String name, int desired, int ready) {
        Deployment d = new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .withNewSpec().withReplicas(desired).withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata().withNewSpec()
                .addNewContainer().withName("main").withImage("demo:1").endContainer().endSpec().endTemplate()
                .endSpec().build();
        client.apps().deployments().inNamespace(NS).resource(d).create();
        client.apps().deployments().inNamespace(NS).withName(name).editStatus(x -> new DeploymentBuilder(x)
                .withNewStatus().withReplicas(desired).withReadyReplicas(ready).withAvailableReplicas(ready)
                .endStatus().build());
    }

    private void pod(String name, String app, ContainerStatus status) {
        Pod pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(NS).addToLabels("app", app)
                .endMetadata().withNewSpec().addNewContainer().withName("main").withImage("demo:1").endContainer()
                .endSpec().build();
        client.pods().inNamespace(NS).resource(pod).create();
        client.pods().inNamespace(NS).withName(name).editStatus(p -> new PodBuilder(p).withNewStatus()
                .withPhase("Running").withContainerStatuses(status).endStatus().build());
    }

    private static ContainerStatus running(int restarts) {
        return new ContainerStatusBuilder().withName("main").withRestartCount(restarts).withReady(true)
                .withNewState().withNewRunning().endRunning().endState().build();
    }
}
