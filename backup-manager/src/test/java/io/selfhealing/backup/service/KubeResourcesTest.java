package io.selfhealing.backup.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.selfhealing.backup.domain.BackupRefused;
import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.events.ResourceRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snapshots of exactly the ConfigMap key / Deployment fields a plan names, against fabric8's CRUD mock server. */
@EnableKubernetesMockClient(crud = true)
class KubeResourcesTest {

    static KubernetesClient client;

    private static final ResourceRef KEY = new ResourceRef(ResourceRef.K8S_CONFIGMAP, "shop", "shop-config/upstream.delay.ms");
    private static final ResourceRef DEPLOYMENT = new ResourceRef(ResourceRef.K8S_DEPLOYMENT, "shop", "shop");
    private KubeResources kube;

    @BeforeEach
    void objects() {
        kube = new KubeResources(client, () -> Optional.of(List.of("shop")));
        client.configMaps().inNamespace("shop").resource(new ConfigMapBuilder().withNewMetadata().withName("shop-config")
                .endMetadata().addToData("upstream.delay.ms", "800").addToData("other", "x").build()).createOr(c -> c.update());
        client.apps().deployments().inNamespace("shop").resource(new DeploymentBuilder().withNewMetadata().withName("shop")
                .endMetadata().withNewSpec().withReplicas(2).withNewTemplate().endTemplate().endSpec().build())
                .createOr(c -> c.update());
    }

    @Test
    void restoresTheConfigMapKeyButLeavesOtherKeysAlone() {
        Snapshot before = kube.read(KEY);
        assertEquals("{\"present\":true,\"value\":\"800\"}", new String(before.content(), StandardCharsets.UTF_8));
        client.configMaps().inNamespace("shop").withName("shop-config").edit(c -> {
            c.getData().put("upstream.delay.ms", "1200");
            c.getData().put("other", "changed by a person");
            return c;
        });
        kube.restore(before);
        var data = client.configMaps().inNamespace("shop").withName("shop-config").get().getData();
        assertEquals("800", data.get("upstream.delay.ms"));
        assertEquals("changed by a person", data.get("other"));
    }

    @Test
    void restoresReplicasAndTheRestartAnnotation() {
        Snapshot before = kube.read(DEPLOYMENT);
        assertEquals("{\"replicas\":2,\"restartedAt\":null}", new String(before.content(), StandardCharsets.UTF_8));
        client.apps().deployments().inNamespace("shop").withName("shop").edit(d -> new DeploymentBuilder(d).editSpec()
                .withReplicas(3).editTemplate().editOrNewMetadata()
                .addToAnnotations(KubeResources.RESTARTED_AT, "2026-11-23T10:00:00Z").endMetadata().endTemplate()
                .endSpec().build());
        assertFalse(before.sha256().equals(kube.read(DEPLOYMENT).sha256()));
        kube.restore(before);
        var d = client.apps().deployments().inNamespace("shop").withName("shop").get();
        assertEquals(2, d.getSpec().getReplicas());
        assertNull(d.getSpec().getTemplate().getMetadata().getAnnotations().get(KubeResources.RESTARTED_AT));
        assertEquals(before.sha256(), kube.read(DEPLOYMENT).sha256());
    }

    @Test
    void refusesNamespacesNotAllowedAndMissingObjects() {
        var e = assertThrows(BackupRefused.class, () -> kube.read(new ResourceRef(ResourceRef.K8S_CONFIGMAP,
                "kube-system", "coredns/Corefile")));
        assertTrue(e.getMessage().contains("allowed namespaces"), e.getMessage());
        assertThrows(BackupRefused.class, () -> kube.read(new ResourceRef(ResourceRef.K8S_DEPLOYMENT, "shop", "nope")));
        assertThrows(BackupRefused.class, () -> kube.read(new ResourceRef(ResourceRef.K8S_CONFIGMAP, "shop", "shop-config")));
    }
}
