package io.selfhealing.monitor.service.probe;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.selfhealing.events.HealthStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems of one pod's containers: waiting in CrashLoopBackOff (or an image / config error)
 * → CRITICAL; terminated OOMKilled now → CRITICAL; OOMKilled the last time it stopped (restarted
 * since) → WARNING. Also the pod's total restart count.
 */
record PodVerdict(String pod, long restarts, List<Problem> problems) {

    static final Set<String> BAD_WAITING = Set.of("CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull",
            "CreateContainerConfigError", "InvalidImageName");

    record Problem(String container, HealthStatus status, String reason, Map<String, Object> details) {
    }

    static PodVerdict of(Pod pod) {
        String name = pod.getMetadata().getName();
        long restarts = 0;
        List<Problem> problems = new ArrayList<>();
        List<ContainerStatus> statuses = pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                ? List.of() : pod.getStatus().getContainerStatuses();
        for (ContainerStatus c : statuses) {
            int count = c.getRestartCount() == null ? 0 : c.getRestartCount();
            restarts += count;
            Map<String, Object> details = Map.of("pod", name, "container", c.getName(), "restartCount", count);
            String waiting = c.getState() == null || c.getState().getWaiting() == null ? null
                    : c.getState().getWaiting().getReason();
            if (waiting != null && BAD_WAITING.contains(waiting)) {
                problems.add(new Problem(c.getName(), HealthStatus.CRITICAL, "pod " + name + " container "
                        + c.getName() + " is in " + waiting + " (restarts " + count + ")", details));
            } else if (oomKilled(c.getState())) {
                problems.add(new Problem(c.getName(), HealthStatus.CRITICAL, "pod " + name + " container "
                        + c.getName() + " was OOMKilled (restarts " + count + ")", details));
            } else if (oomKilled(c.getLastState())) {
                problems.add(new Problem(c.getName(), HealthStatus.WARNING, "pod " + name + " container "
                        + c.getName() + " was OOMKilled last time it stopped (restarts " + count + ")", details));
            }
        }
        return new PodVerdict(name, restarts, problems);
    }

    private static boolean oomKilled(ContainerState state) {
        return state != null && state.getTerminated() != null
                && "OOMKilled".equals(state.getTerminated().getReason());
    }
}
