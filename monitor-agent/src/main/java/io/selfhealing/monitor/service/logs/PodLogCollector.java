package io.selfhealing.monitor.service.logs;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.selfhealing.monitor.domain.LogLine;
import io.selfhealing.monitor.domain.PodLogSettings;
import io.selfhealing.monitor.domain.ProbeSettings;
import io.selfhealing.monitor.service.probe.KubernetesClients;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Collects the logs of one kubernetes target's pods (its {@code deployments}, else every pod of
 * the namespace) into a {@link LineSink}: one stream {@code k8s:<namespace>/<pod>/<container>} per
 * container, in order, a {@link PodLogCursor} saved after each acknowledged batch, so a restart
 * never re-sends a line. A container seen for the first time is read from {@code sinceSeconds}
 * ago; when it restarted, the rest of the previous instance is read first ({@code previous=true}),
 * then the new one from its start. One request per container and poll, at most
 * {@code limitBytes}, each bounded by the target's {@code timeoutMs}. Not thread-safe.
 */
public final class PodLogCollector {

    private static final Logger LOG = Logger.getLogger(PodLogCollector.class);

    private final String targetId;
    private final ProbeSettings probe;
    private final PodLogSettings settings;
    private final KubernetesClients clients;
    private final OffsetStore store;
    private final PodLogLines parser;
    private final PodLogFetch fetch;
    private final int batchSize;
    private final LineSink sink;
    private Set<String> known = new HashSet<>();

    public PodLogCollector(String targetId, ProbeSettings probe, KubernetesClients clients, OffsetStore store,
            int maxLineBytes, int batchSize, LineSink sink) {
        this.targetId = targetId;
        this.probe = probe;
        this.settings = PodLogSettings.of(probe);
        this.clients = clients;
        this.store = store;
        this.parser = new PodLogLines(maxLineBytes);
        this.fetch = new PodLogFetch(settings);
        this.batchSize = batchSize;
        this.sink = sink;
    }

    public PodLogSettings settings() {
        return settings;
    }

    /**
     * Delivers what is new in every container; returns the number of lines delivered. Throws when
     * the API server cannot be reached or the sink failed (the rest waits for the next poll).
     */
    public int pollOnce() throws Exception {
        KubernetesClient client = clients.forTarget(targetId, probe);
        String namespace = KubernetesClients.namespace(client, probe);
        Set<String> seen = new HashSet<>();
        int delivered = 0;
        for (Pod pod : pods(client, namespace)) {
            for (var container : pod.getSpec().getContainers()) {
                if (settings.container().map(container.getName()::equals).orElse(true)) {
                    PodContainer pc = PodContainer.of(namespace, pod, container.getName(), status(pod, container.getName()));
                    seen.add(pc.stateKey());
                    delivered += collect(client, pc);
                }
            }
        }
        forgetGone(seen);
        return delivered;
    }

    private List<Pod> pods(KubernetesClient client, String namespace) {
        if (!(probe.values().get("deployments") instanceof List<?> names)) {
            return KubernetesClients.pods(client, namespace, List.of(), true);
        }
        List<Deployment> deployments = names.stream()
                .map(n -> client.apps().deployments().inNamespace(namespace).withName(n.toString()).get())
                .filter(Objects::nonNull).toList();
        return KubernetesClients.pods(client, namespace, deployments, false);
    }

    private int collect(KubernetesClient client, PodContainer pc) throws Exception {
        PodLogCursor cursor = store.read(pc.stateKey()).flatMap(PodLogCursor::fromLines).orElse(null);
        int delivered = 0;
        if (cursor != null && cursor.restarts() < pc.restarts()) {
            if (!cursor.isFresh()) {
                delivered += previous(client, pc, cursor);
            }
            cursor = null;
        }
        if (cursor == null || cursor.restarts() != pc.restarts()) {
            cursor = PodLogCursor.fresh(pc.restarts());
            store.write(pc.stateKey(), cursor.toLines());
        }
        if (!pc.started()) {
            return delivered;
        }
        PodLogCursor bounded = cursor.skipSecondOver(fetch.maxRepeatedBytes());
        if (bounded != cursor) {
            LOG.warnf("%s wrote more than %d bytes within %s: the rest of that second is skipped", pc.stream(),
                    fetch.maxRepeatedBytes(), cursor.last());
            cursor = bounded;
        }
        PodLogFetch.Body body = fetch.read(client, pc, cursor, false);
        return delivered + deliver(pc, parser.after(cursor, body.text(), body.full(), false));
    }

    /** The rest of the container instance that ended; a failure here only loses that rest. */
    private int previous(KubernetesClient client, PodContainer pc, PodLogCursor cursor) throws Exception {
        try {
            PodLogFetch.Body body = fetch.read(client, pc, cursor, true);
            return deliver(pc, parser.after(cursor, body.text(), body.full(), !body.full()));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 0) {
                throw e;
            }
            LOG.debugf("previous log of %s: %s", pc.stream(), e.getMessage());
            return 0;
        }
    }

    private int deliver(PodContainer pc, List<PodLogLines.Entry> entries) throws Exception {
        for (int from = 0; from < entries.size(); from += batchSize) {
            List<PodLogLines.Entry> batch = entries.subList(from, Math.min(entries.size(), from + batchSize));
            List<LogLine> lines = batch.stream().map(PodLogLines.Entry::line).toList();
            sink.deliver(targetId, pc.stream(), lines);
            store.write(pc.stateKey(), batch.get(batch.size() - 1).after().toLines());
        }
        return entries.size();
    }

    /** Cursors of pods that are no longer listed are deleted: pod names are not reused. */
    private void forgetGone(Set<String> seen) {
        for (String key : known) {
            if (!seen.contains(key)) {
                try {
                    store.delete(key);
                } catch (IOException e) {
                    LOG.debugf("forgetting %s: %s", key, e);
                }
            }
        }
        known = seen;
    }

    private static ContainerStatus status(Pod pod, String container) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return null;
        }
        return pod.getStatus().getContainerStatuses().stream().filter(s -> container.equals(s.getName()))
                .findFirst().orElse(null);
    }
}
