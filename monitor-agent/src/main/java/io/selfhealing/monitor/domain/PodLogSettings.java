package io.selfhealing.monitor.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code probe.podLogs} of a kubernetes target: collect the logs of the deployments' pods.
 *
 * @param enabled      {@code enabled} (default true once {@code podLogs} is present, false without it)
 * @param container    {@code container}: only this container of each pod; default every container
 * @param sinceSeconds {@code sinceSeconds} (300): how far back a container never seen before is read
 * @param interval     {@code intervalSeconds} (2): how often the pods' logs are polled
 * @param limitBytes   {@code limitBytes} (262144): at most this much log per container and poll
 */
public record PodLogSettings(boolean enabled, Optional<String> container, int sinceSeconds, Duration interval,
        int limitBytes) {

    public static final PodLogSettings DISABLED = new PodLogSettings(false, Optional.empty(), 300,
            Duration.ofSeconds(2), 256 * 1024);

    public static PodLogSettings of(ProbeSettings probe) {
        if (!(probe.values().get("podLogs") instanceof Map<?, ?>)) {
            return DISABLED;
        }
        ProbeSettings s = new ProbeSettings(probe.map("podLogs"));
        int sinceSeconds = (int) s.longValue("sinceSeconds", 300);
        int limitBytes = (int) s.longValue("limitBytes", 256 * 1024);
        double intervalSeconds = s.doubleValue("intervalSeconds", 2);
        if (sinceSeconds < 1 || limitBytes < 1024 || intervalSeconds <= 0) {
            throw new IllegalArgumentException(
                    "probe.podLogs: sinceSeconds >= 1, limitBytes >= 1024 and intervalSeconds > 0 required");
        }
        return new PodLogSettings(s.flag("enabled", true), s.string("container").filter(c -> !c.isBlank()),
                sinceSeconds, Duration.ofMillis(Math.round(intervalSeconds * 1000)), limitBytes);
    }
}
