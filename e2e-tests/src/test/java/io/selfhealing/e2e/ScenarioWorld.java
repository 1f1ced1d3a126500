package io.selfhealing.e2e;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.selfhealing.e2e.FixScenario.Declared;
import io.selfhealing.e2e.FixScenario.Kube;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The places the scenario targets keep their tunables: one git config repository per target
 * (inside the launch's {@code repos/}, where backup-manager may read) and Kubernetes objects on
 * fabric8's mock API server in CRUD mode, run in the test JVM and handed to fix-engineer and
 * backup-manager as a kubeconfig file.
 */
final class ScenarioWorld implements AutoCloseable {

    static final String FILE = "app.properties";

    private final KubernetesMockServer server;
    private final KubernetesClient kube;
    private final Path kubeconfig;
    private final Map<String, Path> repos = new HashMap<>();
    private final Map<String, Map<String, String>> placeholders = new HashMap<>();
    private final Map<String, byte[]> declaredConfig = new HashMap<>();

    private ScenarioWorld(KubernetesMockServer server, Path kubeconfig) {
        this.server = server;
        this.kube = server.createClient();
        this.kubeconfig = kubeconfig;
    }

    static ScenarioWorld start(Path dir) throws Exception {
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init();
        Files.createDirectories(dir);
        Path kubeconfig = dir.resolve("kubeconfig");
        ScenarioWorld world = new ScenarioWorld(server, kubeconfig);
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster: {server: "%s"}
                contexts:
                - name: mock
                  context: {cluster: mock, user: healing, namespace: %s}
                current-context: mock
                users:
                - name: healing
                  user: {token: not-a-secret}
                """.formatted(world.kube.getMasterUrl().toString(), FixScenario.NAMESPACE));
        return world;
    }

    /** The cluster for fix-engineer and backup-manager (fabric8 reads the {@code kubeconfig} property). */
    Map<String, Map<String, String>> agentProperties() {
        return Map.of("fix-engineer", Map.of("kubeconfig", kubeconfig.toString()),
                "backup-manager", Map.of("kubeconfig", kubeconfig.toString(),
                        "healing.kubernetes.allowed-namespaces", FixScenario.NAMESPACE));
    }

    /** Creates every scenario's repository and Kubernetes objects; returns their targets YAML lines. */
    List<String> declare(List<FixScenario> scenarios, Path workDir) throws Exception {
        List<String> yaml = new ArrayList<>();
        for (FixScenario s : scenarios) {
            Declared d = s.declared();
            StringBuilder line = new StringBuilder("  - {id: " + s.target() + ", type: http, dependsOn: "
                    + d.dependsOn().stream().map(dep -> dep.split(":")[0]).toList());
            if (d.properties() != null) {
                Path repo = repo(s.target(), workDir.resolve("repos").resolve(s.target()), d);
                line.append(", config: {repository: \"").append(repo).append("\", file: ").append(FILE).append('}');
            }
            if (d.kube() != null) {
                line.append(", kubernetes: ").append(kubernetes(s.target(), d.kube()));
            }
            yaml.add(line.append('}').toString());
            d.dependsOn().forEach(dep -> yaml.add(dependency(dep.split(":", 3))));
        }
        return yaml;
    }

    /** A dependency as a target of its own: "id:type" or "id:type:probe url" (where it listens, for attribution). */
    private static String dependency(String[] idTypeUrl) {
        return "  - {id: " + idTypeUrl[0] + ", type: " + idTypeUrl[1]
                + (idTypeUrl.length > 2 ? ", probe: {url: \"" + idTypeUrl[2] + "\"}" : "") + "}";
    }

    /** {@code {name}} values of a target (commit ids of its repository); anything else as is. */
    String resolve(String target, String value) {
        return value == null ? null : placeholders.getOrDefault(target, Map.of()).getOrDefault(value, value);
    }

    boolean hasRepo(String target) {
        return repos.containsKey(target);
    }

    byte[] configBytes(String target) throws Exception {
        return Files.readAllBytes(repos.get(target).resolve(FILE));
    }

    /** The file as the scenario declared it before any person's commit. */
    byte[] initialConfig(String target) {
        return declaredConfig.get(target);
    }

    String configValue(String target, String key) throws Exception {
        Properties props = new Properties();
        props.load(new java.io.StringReader(new String(configBytes(target), java.nio.charset.StandardCharsets.UTF_8)));
        return props.getProperty(key);
    }

    String configMapValue(String target, String key) {
        ConfigMap map = kube.configMaps().inNamespace(FixScenario.NAMESPACE).withName(target + "-config").get();
        return map == null ? null : map.getData().get(key);
    }

    Deployment deployment(String target) {
        return kube.apps().deployments().inNamespace(FixScenario.NAMESPACE).withName(target).get();
    }

    private Path repo(String target, Path dir, Declared declared) throws Exception {
        Map<String, String> values = new TreeMap<>(declared.properties());
        byte[] initial = properties(values);
        declaredConfig.put(target, initial);
        Files.createDirectories(dir);
        Map<String, String> commits = new HashMap<>();
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commits.put("{initial-commit}", commit(git, initial, "Initial configuration", "platform-team").getName());
            if (declared.personCommit()) {
                values.remove("feature.flag");
                commits.put("{person-commit}", commit(git, properties(values), "Drop feature.flag", "alice").getName());
            }
        }
        placeholders.put(target, commits);
        repos.put(target, dir);
        return dir;
    }

    private static RevCommit commit(Git git, byte[] content, String message, String who) throws Exception {
        Files.write(git.getRepository().getWorkTree().toPath().resolve(FILE), content);
        git.add().addFilepattern(FILE).call();
        PersonIdent ident = new PersonIdent(who, who + "@example.org");
        return git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }

    private static byte[] properties(Map<String, String> values) {
        StringBuilder text = new StringBuilder("# tunables of a scenario target\n");
        values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String kubernetes(String target, Kube k) {
        StringBuilder yaml = new StringBuilder("{namespace: " + FixScenario.NAMESPACE);
        if (k.replicas() != null) {
            kube.apps().deployments().inNamespace(FixScenario.NAMESPACE).resource(deploymentOf(target, k.replicas()))
                    .create();
            yaml.append(", deployment: ").append(target);
        }
        if (k.configMap() != null) {
            kube.configMaps().inNamespace(FixScenario.NAMESPACE).resource(new ConfigMapBuilder().withNewMetadata()
                    .withName(target + "-config").withNamespace(FixScenario.NAMESPACE).endMetadata()
                    .withData(k.configMap()).build()).create();
            yaml.append(", configMap: ").append(target).append("-config");
        }
        if (k.minReplicas() != null) {
            yaml.append(", minReplicas: ").append(k.minReplicas());
        }
        if (k.maxReplicas() != null) {
            yaml.append(", maxReplicas: ").append(k.maxReplicas());
        }
        return yaml.append('}').toString();
    }

    private static Deployment deploymentOf(String name, int replicas) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(FixScenario.NAMESPACE)
                .endMetadata().withNewSpec().withReplicas(replicas).withNewSelector().addToMatchLabels("app", name)
                .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("example.org/" + name + ":1")
                .endContainer().endSpec().endTemplate().endSpec().build();
    }

    @Override
    public void close() {
        kube.close();
        server.destroy();
    }
}
