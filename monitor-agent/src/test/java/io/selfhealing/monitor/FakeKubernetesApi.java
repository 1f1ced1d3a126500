package io.selfhealing.monitor;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * fabric8's Kubernetes mock server with a dispatcher that answers like an API server for pods and
 * their logs: {@code GET .../pods} lists the pods, {@code GET .../pods/{pod}/log} honours
 * {@code container}, {@code timestamps}, {@code sinceTime} (whole seconds), {@code sinceSeconds},
 * {@code limitBytes} and {@code previous}. Every log request is recorded.
 */
final class FakeKubernetesApi extends Dispatcher implements AutoCloseable {

    static final String NS = "shop";

    private final Map<String, FakePod> pods = Collections.synchronizedMap(new LinkedHashMap<>());
    final List<Map<String, String>> logRequests = new CopyOnWriteArrayList<>();
    private final KubernetesMockServer server;

    FakeKubernetesApi() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), this, false);
        server.init();
    }

    /** A kubeconfig file in {@code dir} that reaches this server in namespace {@value #NS}. */
    Path kubeconfig(Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "kubeconfig", "");
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters: [{name: mock, cluster: {server: "%s"}}]
                contexts: [{name: mock, context: {cluster: mock, user: monitor, namespace: %s}}]
                current-context: mock
                users: [{name: monitor, user: {token: not-a-secret}}]
                """.formatted(server.url("/"), NS));
        return file;
    }

    FakePod pod(String name, String container) {
        return pods.computeIfAbsent(name, n -> new FakePod(n, container));
    }

    void remove(String name) {
        pods.remove(name);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        String[] parts = path.split("\\?", 2);
        Map<String, String> query = query(parts.length > 1 ? parts[1] : "");
        String prefix = "/api/v1/namespaces/" + NS + "/pods";
        if (parts[0].equals(prefix)) {
            List<Pod> items;
            synchronized (pods) {
                items = pods.values().stream().map(FakePod::toPod).toList();
            }
            return json(200, new KubernetesSerialization().asJson(new PodListBuilder().withItems(items).build()));
        }
        if (parts[0].startsWith(prefix + "/") && parts[0].endsWith("/log")) {
            logRequests.add(query);
            FakePod pod = pods.get(parts[0].substring(prefix.length() + 1, parts[0].length() - "/log".length()));
            if (pod == null || !pod.container.equals(query.get("container"))) {
                return json(404, "{\"kind\":\"Status\",\"code\":404}");
            }
            return new MockResponse().setResponseCode(200).setBody(pod.log(query));
        }
        return json(404, "{\"kind\":\"Status\",\"code\":404}");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).addHeader("Content-Type", "application/json").setBody(body);
    }

    private static Map<String, String> query(String q) {
        Map<String, String> map = new HashMap<>();
        for (String pair : q.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                map.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    @Override
    public void close() {
        server.destroy();
    }

    /** One pod with one container, its current log and the log of its previous instance. */
    static final class FakePod {

        final String name;
        final String container;
        final String uid = "uid-" + System.nanoTime();
        private final List<Map.Entry<Instant, String>> current = new CopyOnWriteArrayList<>();
        private List<Map.Entry<Instant, String>> previous = List.of();
        private volatile int restarts;

        FakePod(String name, String container) {
            this.name = name;
            this.container = container;
        }

        FakePod write(Instant at, String line) {
            current.add(Map.entry(at, line));
            return this;
        }

        /** The container restarts: its log becomes the previous one. */
        synchronized void restart() {
            previous = new ArrayList<>(current);
            current.clear();
            restarts++;
        }

        synchronized String log(Map<String, String> query) {
            List<Map.Entry<Instant, String>> lines = "true".equals(query.get("previous")) ? previous : current;
            Instant since = query.containsKey("sinceTime") ? Instant.parse(query.get("sinceTime"))
                    : query.containsKey("sinceSeconds")
                            ? Instant.now().minusSeconds(Long.parseLong(query.get("sinceSeconds"))) : Instant.EPOCH;
            StringBuilder body = new StringBuilder();
            for (Map.Entry<Instant, String> e : lines) {
                if (!e.getKey().isBefore(since)) {
                    boolean stamps = "true".equals(query.get("timestamps"));
                    body.append(stamps ? e.getKey() + " " : "").append(e.getValue()).append('\n');
                }
            }
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            int limit = Integer.parseInt(query.getOrDefault("limitBytes", String.valueOf(bytes.length)));
            return new String(bytes, 0, Math.min(limit, bytes.length), StandardCharsets.UTF_8);
        }

        Pod toPod() {
            return new PodBuilder().withNewMetadata().withName(name).withNamespace(NS).withUid(uid)
                    .addToLabels("app", "web").endMetadata()
                    .withNewSpec().addNewContainer().withName(container).withImage("demo:1").endContainer()
                    .addNewContainer().withName("sidecar").withImage("proxy:1").endContainer().endSpec()
                    .withNewStatus().withPhase("Running").withContainerStatuses(new ContainerStatusBuilder()
                            .withName(container).withRestartCount(restarts).withNewState().withNewRunning()
                            .endRunning().endState().build())
                    .endStatus().build();
        }
    }
}
