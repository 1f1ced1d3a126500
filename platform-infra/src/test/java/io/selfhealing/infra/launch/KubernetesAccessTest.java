package io.selfhealing.infra.launch;

import static io.selfhealing.infra.launch.KafkaResourcesTest.envVar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Least privilege on the Kubernetes API, in every rendered overlay: a token is mounted only into the
 * agents whose code uses the Kubernetes client; no ClusterRole or ClusterRoleBinding; Roles hold only
 * the verbs the code calls (monitor-agent: get/list deployments, list pods, get pods/log;
 * fix-engineer and backup-manager: get/update) and, for the two that write, only the Deployments and
 * ConfigMaps the targets file declares; backup-manager may touch exactly the targets' namespaces.
 */
class KubernetesAccessTest {

    private static final Map<String, Set<String>> VERBS = Map.of(
            "monitor-agent", Set.of("get", "list"), "fix-engineer", Set.of("get", "update"),
            "backup-manager", Set.of("get", "update"));

    @Test
    void onlyAgentsThatUseTheKubernetesApiGetATokenAndARole() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            List<JsonNode> docs = overlay.getValue();
            assertTrue(RenderedOverlays.ofKind(docs, "ClusterRole").isEmpty(), "no cluster-wide role");
            assertTrue(RenderedOverlays.ofKind(docs, "ClusterRoleBinding").isEmpty(), "no cluster-wide binding");
            for (String agent : RenderedOverlays.services(docs)) {
                boolean usesApi = RenderedOverlays.mainCodeMentions(agent, "io.fabric8.kubernetes.client");
                JsonNode pod = RenderedOverlays.find(docs, "Deployment", agent).at("/spec/template/spec");
                assertEquals(usesApi, pod.path("automountServiceAccountToken").asBoolean(), agent);
                assertEquals(usesApi, RenderedOverlays.find(docs, "ServiceAccount", agent)
                        .path("automountServiceAccountToken").asBoolean(), agent);
                assertEquals(usesApi, !bindings(docs, agent).isEmpty(), overlay.getKey() + ": " + agent + " has a Role");
                assertEquals(usesApi, VERBS.containsKey(agent), agent + ": a new Kubernetes user needs its verbs here");
            }
        }
    }

    @Test
    void rolesHoldOnlyTheVerbsTheCodeUsesOnOnlyTheDeclaredObjects() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            List<JsonNode> docs = overlay.getValue();
            List<JsonNode> targets = kubernetesTargets(docs);
            for (String agent : VERBS.keySet()) {
                for (JsonNode role : bindings(docs, agent)) {
                    for (JsonNode rule : role.path("rules")) {
                        Set<String> verbs = new TreeSet<>();
                        rule.path("verbs").forEach(v -> verbs.add(v.asText()));
                        assertTrue(VERBS.get(agent).containsAll(verbs), agent + " " + verbs);
                        if (verbs.contains("update")) {
                            assertTrue(rule.path("resourceNames").size() > 0, agent + ": update without resourceNames");
                        }
                    }
                }
            }
            for (JsonNode target : targets) {
                String ns = target.at("/kubernetes/namespace").asText();
                for (String writer : List.of("fix-engineer", "backup-manager")) {
                    assertEquals(declared(targets, ns, "deployment"), names(docs, writer, ns, "deployments", "update"),
                            writer + " in " + ns);
                    assertEquals(declared(targets, ns, "configMap"), names(docs, writer, ns, "configmaps", "update"),
                            writer + " in " + ns);
                    assertEquals(declared(targets, ns, "deployment"), names(docs, writer, ns, "deployments", "get"));
                }
                String probeNs = target.at("/probe/namespace").asText(ns);
                assertTrue(allows(docs, "monitor-agent", probeNs, "pods/log", "get"), "monitor reads pod logs in " + probeNs);
                assertTrue(allows(docs, "monitor-agent", probeNs, "pods", "list"), probeNs);
                assertTrue(allows(docs, "monitor-agent", probeNs, "deployments", "list"), probeNs);
            }
        }
    }

    @Test
    void backupManagerMayTouchExactlyTheTargetsNamespaces() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            List<JsonNode> docs = overlay.getValue();
            Set<String> namespaces = new TreeSet<>();
            kubernetesTargets(docs).forEach(t -> namespaces.add(t.at("/kubernetes/namespace").asText()));
            assertTrue(!namespaces.isEmpty(), "the example targets file declares a Kubernetes target");
            JsonNode env = RenderedOverlays.find(docs, "Deployment", "backup-manager").at("/spec/template/spec/containers/0/env");
            String key = envVar(env, "HEALING_KUBERNETES_ALLOWED_NAMESPACES").at("/valueFrom/configMapKeyRef/key").asText();
            String allowed = RenderedOverlays.configMap(docs, "healing-config").at("/data/" + key).asText();
            assertEquals(namespaces, new TreeSet<>(List.of(allowed.split("\\s*,\\s*"))), overlay.getKey());
        }
    }

    /** The Roles bound to an agent's ServiceAccount. */
    private static List<JsonNode> bindings(List<JsonNode> docs, String agent) {
        List<JsonNode> roles = new ArrayList<>();
        for (JsonNode binding : RenderedOverlays.ofKind(docs, "RoleBinding")) {
            for (JsonNode s : binding.path("subjects")) {
                if (s.path("kind").asText().equals("ServiceAccount") && s.path("name").asText().equals(agent)
                        && s.path("namespace").asText().equals("self-healing")) {
                    String ns = binding.at("/metadata/namespace").asText();
                    RenderedOverlays.ofKind(docs, "Role").stream()
                            .filter(r -> r.at("/metadata/namespace").asText().equals(ns)
                                    && r.at("/metadata/name").asText().equals(binding.at("/roleRef/name").asText()))
                            .forEach(roles::add);
                }
            }
        }
        return roles;
    }

    private static List<JsonNode> kubernetesTargets(List<JsonNode> docs) throws Exception {
        String yaml = RenderedOverlays.configMap(docs, "healing-config").at("/data/targets.yaml").asText();
        List<JsonNode> result = new ArrayList<>();
        RenderedOverlays.YAML.readTree(yaml).path("targets").forEach(t -> {
            if (t.has("kubernetes")) {
                result.add(t);
            }
        });
        return result;
    }

    private static Set<String> declared(List<JsonNode> targets, String ns, String field) {
        Set<String> names = new TreeSet<>();
        targets.stream().filter(t -> t.at("/kubernetes/namespace").asText().equals(ns))
                .forEach(t -> names.add(t.at("/kubernetes/" + field).asText()));
        names.remove("");
        return names;
    }

    private static Set<String> names(List<JsonNode> docs, String agent, String ns, String resource, String verb) {
        Set<String> names = new TreeSet<>();
        for (JsonNode role : bindings(docs, agent)) {
            if (!role.at("/metadata/namespace").asText().equals(ns)) {
                continue;
            }
            for (JsonNode rule : role.path("rules")) {
                if (rule.path("resources").toString().contains("\"" + resource + "\"")
                        && rule.path("verbs").toString().contains("\"" + verb + "\"")) {
                    rule.path("resourceNames").forEach(n -> names.add(n.asText()));
                }
            }
        }
        return names;
    }

    private static boolean allows(List<JsonNode> docs, String agent, String ns, String resource, String verb) {
        return bindings(docs, agent).stream().filter(r -> r.at("/metadata/namespace").asText().equals(ns))
                .flatMap(r -> java.util.stream.StreamSupport.stream(r.path("rules").spliterator(), false))
                .anyMatch(rule -> rule.path("resources").toString().contains("\"" + resource + "\"")
                        && rule.path("verbs").toString().contains("\"" + verb + "\""));
    }
}
