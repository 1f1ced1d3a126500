package io.selfhealing.infra.launch;

import static io.selfhealing.infra.launch.KafkaResourcesTest.envVar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every agent of the launcher, in every rendered overlay: a Deployment, Service, ServiceAccount
 * and PodDisruptionBudget on the launcher's port; restricted Pod Security; startup, liveness and
 * readiness probes on /q/health; a heap that fits the memory limit; the targets file mounted exactly
 * for the agents whose code reads it; the identity provider's keys for the agents that check people's
 * tokens; configuration keys and Secret keys that exist.
 */
class KubernetesManifestsTest {

    @Test
    void everyAgentRunsOnItsPortWithProbesAndADisruptionBudget() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            List<JsonNode> docs = overlay.getValue();
            for (String agent : RenderedOverlays.services(docs)) {
                int port = RenderedOverlays.port(agent);
                if (LaunchOptions.PORTS.containsKey(agent)) {
                    assertEquals(LaunchOptions.PORTS.get(agent), port, agent + ": the launcher's port");
                }
                JsonNode pod = RenderedOverlays.find(docs, "Deployment", agent).at("/spec/template/spec");
                JsonNode container = pod.path("containers").get(0);
                assertEquals(port, container.at("/ports/0/containerPort").asInt(), agent);
                assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText(), agent);
                assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), agent);
                assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), agent);
                assertEquals(port, RenderedOverlays.find(docs, "Service", agent).at("/spec/ports/0/port").asInt());
                assertEquals(agent, pod.path("serviceAccountName").asText());
                RenderedOverlays.find(docs, "ServiceAccount", agent);
                JsonNode pdb = RenderedOverlays.find(docs, "PodDisruptionBudget", agent);
                assertEquals(agent, pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
            }
        }
    }

    @Test
    void everyPodMeetsTheRestrictedPodSecurityStandard() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            List<JsonNode> docs = overlay.getValue();
            JsonNode ns = RenderedOverlays.find(docs, "Namespace", "self-healing");
            assertEquals("restricted", ns.at("/metadata/labels/pod-security.kubernetes.io~1enforce").asText());
            for (JsonNode deployment : RenderedOverlays.ofKind(docs, "Deployment")) {
                String name = overlay.getKey() + " " + deployment.at("/metadata/name").asText();
                JsonNode pod = deployment.at("/spec/template/spec");
                assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name);
                assertTrue(pod.at("/securityContext/runAsUser").asInt() > 0, name);
                assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText(), name);
                for (JsonNode c : pod.path("containers")) {
                    JsonNode sc = c.path("securityContext");
                    assertFalse(sc.path("allowPrivilegeEscalation").asBoolean(true), name);
                    assertTrue(sc.path("readOnlyRootFilesystem").asBoolean(), name);
                    assertEquals("[\"ALL\"]", sc.at("/capabilities/drop").toString(), name);
                    assertTrue(sc.at("/capabilities/add").isMissingNode(), name);
                    assertTrue(mountedEmptyDir(pod, c, "/tmp"), name + ": /tmp is a writable emptyDir");
                }
            }
        }
    }

    @Test
    void theHeapFitsTheMemoryLimit() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            JsonNode config = RenderedOverlays.configMap(overlay.getValue(), "healing-config").path("data");
            String opts = config.path("JAVA_TOOL_OPTIONS").asText();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(opts);
            assertTrue(m.find(), "JAVA_TOOL_OPTIONS sizes the heap from the limit: " + opts);
            assertFalse(opts.contains("-Xmx"), "a fixed -Xmx ignores the limit");
            double share = Double.parseDouble(m.group(1)) / 100;
            for (String agent : RenderedOverlays.services(overlay.getValue())) {
                JsonNode c = RenderedOverlays.find(overlay.getValue(), "Deployment", agent).at("/spec/template/spec/containers/0");
                assertEquals("JAVA_TOOL_OPTIONS", envVar(c.path("env"), "JAVA_TOOL_OPTIONS").at("/valueFrom/configMapKeyRef/key")
                        .asText(), agent);
                long limitMi = mebibytes(c.at("/resources/limits/memory").asText());
                assertEquals(limitMi, mebibytes(c.at("/resources/requests/memory").asText()) , agent
                        + ": memory request = limit (never overcommitted, never OOM-killed for a neighbour)");
                long heap = Math.round(limitMi * share);
                assertTrue(heap >= 128, agent + ": heap " + heap + " MiB < the 128 MiB the agents are tested with");
                assertTrue(limitMi - heap >= 192, agent + ": " + (limitMi - heap) + " MiB left for metaspace, threads, buffers");
            }
        }
    }

    @Test
    void theTargetsFileIsMountedExactlyForTheAgentsThatReadIt() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            for (String agent : RenderedOverlays.services(overlay.getValue())) {
                JsonNode pod = RenderedOverlays.find(overlay.getValue(), "Deployment", agent).at("/spec/template/spec");
                JsonNode c = pod.path("containers").get(0);
                boolean reads = RenderedOverlays.mainCodeMentions(agent, "targets-file");
                boolean env = c.path("env").toString().contains("\"HEALING_TARGETS_FILE\"");
                boolean mounted = pod.path("volumes").toString().contains("\"path\":\"targets.yaml\"")
                        && c.path("volumeMounts").toString().contains("\"mountPath\":\"/etc/healing\"");
                assertEquals(reads, env && mounted, overlay.getKey() + ": " + agent + " reads the targets file");
                if (reads) {
                    assertEquals("/etc/healing/targets.yaml", envVar(c.path("env"), "HEALING_TARGETS_FILE").path("value").asText());
                }
            }
        }
    }

    @Test
    void everyAgentThatChecksPeoplesTokensKnowsTheProvidersKeysAndIssuer() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            for (String agent : RenderedOverlays.services(overlay.getValue())) {
                if (!RenderedOverlays.mainCodeMentions(agent, "mp.jwt.verify")) {
                    continue;
                }
                JsonNode env = RenderedOverlays.find(overlay.getValue(), "Deployment", agent)
                        .at("/spec/template/spec/containers/0/env");
                String name = overlay.getKey() + " " + agent;
                assertFalse(envVar(env, "MP_JWT_VERIFY_PUBLICKEY_LOCATION").path("valueFrom").isMissingNode(), name);
                assertFalse(envVar(env, "MP_JWT_VERIFY_ISSUER").path("valueFrom").isMissingNode(), name);
                assertFalse(env.toString().contains("\"HEALING_SECURITY_BASIC_AUTH\""),
                        name + ": HTTP basic is for the local run only");
            }
        }
    }

    @Test
    void everyReferencedConfigAndSecretKeyExists() throws Exception {
        String template = Files.readString(RenderedOverlays.KUBERNETES.resolve("base/secret.template.yaml"));
        JsonNode secret = RenderedOverlays.documents(template).get(0);
        for (var overlay : RenderedOverlays.all().entrySet()) {
            JsonNode config = RenderedOverlays.configMap(overlay.getValue(), "healing-config");
            String configName = config.at("/metadata/name").asText();
            for (JsonNode deployment : RenderedOverlays.ofKind(overlay.getValue(), "Deployment")) {
                for (JsonNode e : deployment.at("/spec/template/spec/containers/0/env")) {
                    JsonNode cm = e.at("/valueFrom/configMapKeyRef");
                    if (!cm.isMissingNode()) {
                        assertEquals(configName, cm.path("name").asText());
                        assertTrue(config.path("data").has(cm.path("key").asText()), cm.toString());
                    }
                    JsonNode ref = e.at("/valueFrom/secretKeyRef");
                    if (ref.path("name").asText().equals("healing-secrets")) {
                        assertTrue(secret.path("stringData").has(ref.path("key").asText()), "undocumented key " + ref);
                        assertTrue(template.contains("#   " + ref.path("key").asText() + " "), "undocumented key " + ref);
                    }
                }
            }
            assertTrue(RenderedOverlays.ofKind(overlay.getValue(), "Secret").isEmpty(), "no Secret values in git");
        }
    }

    private static boolean mountedEmptyDir(JsonNode pod, JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(path)) {
                for (JsonNode v : pod.path("volumes")) {
                    if (v.path("name").asText().equals(mount.path("name").asText())) {
                        return v.has("emptyDir") && !mount.path("readOnly").asBoolean();
                    }
                }
            }
        }
        return false;
    }

    static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        if (quantity.endsWith("Mi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2));
        }
        throw new AssertionError("memory in Mi or Gi please: " + quantity);
    }
}
