package io.selfhealing.fix.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.FixPlan;
import io.selfhealing.fix.domain.FixCatalog;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import io.selfhealing.fix.domain.Proposal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kubernetes actuators against fabric8's mock API server in CRUD mode (a real HTTP API server stand-in). */
@EnableKubernetesMockClient(crud = true)
class KubernetesActuatorsTest {

    static KubernetesClient client;

    private static final String NS = "shop";
    private static final TargetSpec TARGET = new TargetSpec("shop", "http", null, null, null, null,
            new TargetSpec.KubernetesLocation(NS, "shop", "shop-config", 2, 4), null);
    private final FixCatalog catalog = load();

    @BeforeEach
    void objects() {
        client.configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata().withName("shop-config")
                .withNamespace(NS).endMetadata().addToData("upstream.delay.ms", "800").addToData("other", "x").build())
                .createOr(c -> c.update());
        client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder().withNewMetadata().withName("shop")
                .withNamespace(NS).endMetadata().withNewSpec().withReplicas(2).withNewTemplate().withNewMetadata()
                .addToLabels("app", "shop").endMetadata().endTemplate().endSpec().build()).createOr(c -> c.update());
    }

    @Test
    void patchesOneConfigMapKeyOnceAndRevertsIt() {
        FixSpec delay = catalog.byName("increase_delay").orElseThrow();
        ConfigMapActuator actuator = new ConfigMapActuator(client);
        FixPlan plan = delay.plan("k8s-configmap", actuator.read(TARGET, delay).orElseThrow()).plan();
        assertEquals("shop-config/upstream.delay.ms", plan.changes().get(0).resource().path());
        assertEquals("1200", plan.changes().get(0).toValue());

        CommandIssued apply = command(CommandType.APPLY, plan);
        assertTrue(actuator.apply(apply, TARGET, delay).success());
        assertEquals(Map.of("upstream.delay.ms", "1200", "other", "x"), data());
        FixExecuted again = actuator.apply(apply, TARGET, delay);
        assertTrue(again.message().contains("already 1200"), again.message());

        actuator.revert(command(CommandType.REVERT, plan), TARGET, delay);
        assertEquals(Map.of("upstream.delay.ms", "800", "other", "x"), data());
    }

    @Test
    void refusesAStaleValueOrAnUndeclaredConfigMap() {
        FixSpec delay = catalog.byName("increase_delay").orElseThrow();
        ConfigMapActuator actuator = new ConfigMapActuator(client);
        FixPlan plan = delay.plan("k8s-configmap", actuator.read(TARGET, delay).orElseThrow()).plan();
        client.configMaps().inNamespace(NS).withName("shop-config").edit(c -> {
            c.getData().put("upstream.delay.ms", "900");
            return c;
        });
        var stale = assertThrows(FixRefused.class, () -> actuator.apply(command(CommandType.APPLY, plan), TARGET, delay));
        assertTrue(stale.getMessage().contains("not 800"), stale.getMessage());
        assertEquals("900", data().get("upstream.delay.ms"));

        TargetSpec other = new TargetSpec("shop", "http", null, null, null, null,
                new TargetSpec.KubernetesLocation(NS, "shop", "another-config", 1, 4), null);
        var undeclared = assertThrows(FixRefused.class, () -> actuator.apply(command(CommandType.APPLY, plan), other, delay));
        assertTrue(undeclared.getMessage().contains("not the declared"), undeclared.getMessage());
    }

    @Test
    void restartsOnceBySettingTheRestartedAtAnnotation() {
        FixSpec restart = catalog.byName("restart").orElseThrow();
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        RestartActuator actuator = new RestartActuator(client, Clock.fixed(now, ZoneOffset.UTC));
        FixPlan plan = restart.plan("k8s-restart", actuator.read(TARGET, restart).orElseThrow()).plan();
        assertEquals("", plan.changes().get(0).fromValue());
        CommandIssued apply = command(CommandType.APPLY, plan);
        assertTrue(actuator.apply(apply, TARGET, restart).success());
        String version = deployment().getMetadata().getResourceVersion();
        assertEquals(now.toString(), deployment().getSpec().getTemplate().getMetadata().getAnnotations()
                .get(FixSpec.RESTARTED_AT));
        assertTrue(actuator.apply(apply, TARGET, restart).message().contains("already"));
        assertEquals(version, deployment().getMetadata().getResourceVersion());
    }

    @Test
    void scalesOneStepWithinTheTargetsBoundsAndBack() {
        FixSpec scale = catalog.byName("scale_out").orElseThrow();
        ScaleActuator actuator = new ScaleActuator(client);
        FixPlan plan = scale.plan("k8s-scale", actuator.read(TARGET, scale).orElseThrow()).plan();
        assertEquals("3", plan.changes().get(0).toValue());
        assertTrue(actuator.apply(command(CommandType.APPLY, plan), TARGET, scale).success());
        assertEquals(3, deployment().getSpec().getReplicas());
        actuator.revert(command(CommandType.REVERT, plan), TARGET, scale);
        assertEquals(2, deployment().getSpec().getReplicas());

        client.apps().deployments().inNamespace(NS).withName("shop").edit(d -> {
            d.getSpec().setReplicas(4);
            return d;
        });
        Proposal atMax = scale.plan("k8s-scale", actuator.read(TARGET, scale).orElseThrow());
        assertNull(atMax.plan());
        FixPlan beyond = new FixPlan("scale_out", "k8s-scale", plan.risk(), "x", java.util.List.of(
                new io.selfhealing.events.ParameterChange(plan.changes().get(0).resource(), "replicas", "4", "5")));
        assertThrows(FixRefused.class, () -> actuator.apply(command(CommandType.APPLY, beyond), TARGET, scale));
        assertEquals(4, deployment().getSpec().getReplicas());
    }

    private static Map<String, String> data() {
        return client.configMaps().inNamespace(NS).withName("shop-config").get().getData();
    }

    private static Deployment deployment() {
        return client.apps().deployments().inNamespace(NS).withName("shop").get();
    }

    private static CommandIssued command(CommandType type, FixPlan plan) {
        return new CommandIssued(EventHeader.create("coordinator", "shop", "inc-1"), type, plan, "backup_1", "test");
    }

    private static FixCatalog load() {
        try {
            return CatalogProducer.builtIn();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
