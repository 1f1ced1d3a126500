package io.selfhealing.monitor.service.logs;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.selfhealing.monitor.domain.PodLogSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;

/**
 * One bounded read of a container's log: {@code GET /api/v1/namespaces/{ns}/pods/{pod}/log} with
 * {@code timestamps=true}, {@code limitBytes}, and {@code sinceTime} (the cursor's second) or
 * {@code sinceSeconds} (a fresh cursor); the limit grows by what the read repeats of the cursor's
 * second, so a second holding more than {@code limitBytes} cannot stall the stream. Sent as a plain request through the target's client
 * (its request timeout, no retry): fabric8's {@code getLog()} first waits for the pod to become
 * ready through a list + watch, a second and third request per container and poll.
 */
final class PodLogFetch {

    private final PodLogSettings settings;

    PodLogFetch(PodLogSettings settings) {
        this.settings = settings;
    }

    /** The body (empty when the API server has none, e.g. the pod is gone). */
    Body read(KubernetesClient client, PodContainer pc, PodLogCursor cursor, boolean previous) {
        StringBuilder url = new StringBuilder(client.getMasterUrl().toString().replaceAll("/+$", ""))
                .append("/api/v1/namespaces/").append(encode(pc.namespace()))
                .append("/pods/").append(encode(pc.pod()))
                .append("/log?container=").append(encode(pc.container()))
                .append("&timestamps=true&limitBytes=").append(limit(cursor));
        if (cursor.isFresh()) {
            url.append("&sinceSeconds=").append(settings.sinceSeconds());
        } else {
            url.append("&sinceTime=").append(encode(cursor.last().truncatedTo(ChronoUnit.SECONDS).toString()));
        }
        if (previous) {
            url.append("&previous=true");
        }
        String text = client.raw(url.toString());
        text = text == null ? "" : text;
        return new Body(text, text.getBytes(StandardCharsets.UTF_8).length >= limit(cursor));
    }

    /** {@code limitBytes} past what the read repeats of the cursor's second (delivered already). */
    private long limit(PodLogCursor cursor) {
        return settings.limitBytes() + cursor.bytesInSecond();
    }

    /** The most a read may repeat of one second before the rest of that second is given up. */
    long maxRepeatedBytes() {
        return 7L * settings.limitBytes();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** @param full the read stopped at {@code limitBytes} */
    record Body(String text, boolean full) {
    }
}
