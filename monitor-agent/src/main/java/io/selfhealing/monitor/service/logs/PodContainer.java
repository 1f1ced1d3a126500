package io.selfhealing.monitor.service.logs;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;

/**
 * One container of one pod, as listed now.
 *
 * @param restarts its restart count (a new count is a new container instance)
 * @param started  it runs or ran (a container still waiting for its first start has no log)
 */
record PodContainer(String namespace, String pod, String uid, String container, int restarts, boolean started) {

    static PodContainer of(String namespace, Pod pod, String container, ContainerStatus status) {
        int restarts = status == null || status.getRestartCount() == null ? 0 : status.getRestartCount();
        boolean started = status != null && status.getState() != null
                && (status.getState().getRunning() != null || status.getState().getTerminated() != null);
        String uid = pod.getMetadata().getUid() == null ? "" : pod.getMetadata().getUid();
        return new PodContainer(namespace, pod.getMetadata().getName(), uid, container, restarts, started);
    }

    /** The stream of its lines in {@code healing.logs}. */
    String stream() {
        return "k8s:" + namespace + "/" + pod + "/" + container;
    }

    /** Where its cursor is kept: a pod recreated under the same name (new uid) starts fresh. */
    String stateKey() {
        return stream() + "@" + uid;
    }
}
