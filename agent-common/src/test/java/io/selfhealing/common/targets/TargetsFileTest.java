package io.selfhealing.common.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetsFileTest {

    @Test
    void readsTargetsWithProbeLogsConfigAndDependencies() {
        TargetsFile file = TargetsFile.parse("""
                targets:
                  - id: orders-db
                    type: postgresql
                  - id: demo-target
                    type: http
                    probe: {url: "http://localhost:8090/q/health/ready", timeoutMs: 500}
                    logs: [/tmp/demo.log]
                    config: {repository: /srv/config, file: demo.properties}
                    dependsOn: [orders-db]
                """);
        TargetSpec demo = file.find("demo-target").orElseThrow();
        assertEquals("http://localhost:8090/q/health/ready", demo.probe().get("url"));
        assertEquals(500, demo.probe().get("timeoutMs"));
        assertEquals("demo.properties", demo.config().file());
        assertEquals(java.util.List.of("orders-db"), demo.dependsOn());
        assertTrue(file.find("orders-db").orElseThrow().logs().isEmpty());
    }

    @Test
    void rejectsBadFilesWithAMessageNamingTheProblem() {
        assertMessage("targets:\n  - id: Bad_Id\n    type: http\n", "id must match");
        assertMessage("targets:\n  - id: a\n    type: http\n  - id: a\n    type: http\n", "duplicate target id a");
        assertMessage("targets:\n  - id: a\n", "type is required");
        assertMessage("targets:\n  - id: a\n    type: http\n    dependsOn: [b]\n", "unknown target b");
        assertMessage("targets:\n  - id: a\n    type: http\n    colour: red\n", "invalid targets YAML");
        assertMessage("targets:\n  - id: a\n    type: http\n    config: {file: x}\n", "needs repository and file");
    }

    @Test
    void readsKubernetesObjectsAndTheAdminEndpoint() {
        TargetSpec t = TargetsFile.parse("""
                targets:
                  - id: shop
                    type: http
                    config: {repository: /srv/config, file: shop.yaml, push: true}
                    kubernetes: {namespace: prod, deployment: shop, configMap: shop-config, minReplicas: 2, maxReplicas: 5}
                    admin: {url: "http://localhost:9000/admin", method: put}
                """).find("shop").orElseThrow();
        assertEquals(new TargetSpec.KubernetesLocation("prod", "shop", "shop-config", 2, 5), t.kubernetes());
        assertEquals("PUT", t.admin().methodOrDefault());
        assertEquals(TargetSpec.AdminEndpoint.DEFAULT_BODY, t.admin().bodyOrDefault());
        assertTrue(t.config().pushes());
        assertEquals(null, new TargetSpec("a", "http", null, null, null, null).kubernetes());
    }

    @Test
    void rejectsBadKubernetesAndAdminSettings() {
        assertMessage("targets:\n  - id: a\n    type: http\n    kubernetes: {deployment: x}\n", "kubernetes.namespace");
        assertMessage("targets:\n  - id: a\n    type: http\n    kubernetes: {namespace: p, deployment: X_Y}\n",
                "object name X_Y");
        assertMessage("targets:\n  - id: a\n    type: http\n    kubernetes: {namespace: p, minReplicas: 3, maxReplicas: 2}\n",
                "minReplicas <= maxReplicas");
        assertMessage("targets:\n  - id: a\n    type: http\n    admin: {url: \"file:///etc/passwd\"}\n", "admin.url");
        assertMessage("targets:\n  - id: a\n    type: http\n    admin: {url: \"http://h/x\", method: DELETE}\n",
                "admin.method");
    }

    private static void assertMessage(String yaml, String expected) {
        var e = assertThrows(IllegalArgumentException.class, () -> TargetsFile.parse(yaml));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
