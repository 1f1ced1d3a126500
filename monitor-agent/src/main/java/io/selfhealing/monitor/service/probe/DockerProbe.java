package io.selfhealing.monitor.service.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.CheckList;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.Threshold;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Containers through the Docker Engine API on its Unix socket ({@code socket}, default
 * {@code /var/run/docker.sock}): each container of {@code containers} (names; default every
 * container) is running and not unhealthy (see {@link ContainerVerdict}), and how often it
 * restarted since the previous check. A named container that does not exist, an engine that does
 * not answer within the timeout, or an error status → CRITICAL. Threshold: restarts (warning above 0).
 */
@Singleton
public class DockerProbe extends BlockingProbe {

    static final String DEFAULT_SOCKET = "/var/run/docker.sock";
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    static final Threshold RESTARTS = Threshold.of(0, Double.POSITIVE_INFINITY);

    private final ObjectMapper json = new ObjectMapper();

    public DockerProbe(BlockingChecks blocking) {
        super(blocking);
    }

    @Override
    public String type() {
        return "docker";
    }

    @Override
    ProbeResult measure(ProbeContext context) {
        CheckList checks = new CheckList(context);
        Path socket = Path.of(context.settings().string("socket").orElse(DEFAULT_SOCKET));
        long deadline = System.nanoTime() + context.settings().timeout().toNanos();
        long start = System.nanoTime();
        try {
            JsonNode list = get(socket, "/containers/json?all=1", deadline);
            long latencyMs = (System.nanoTime() - start) / 1_000_000;
            checks.check("engine", HealthStatus.HEALTHY, latencyMs, Map.of("containers", list.size()), null);
            for (String id : selected(context, list, checks)) {
                if (!ID.matcher(id).matches()) {
                    throw new IOException("engine listed an invalid container id");
                }
                container(context, get(socket, "/containers/" + id + "/json", deadline), checks);
            }
        } catch (IOException | RuntimeException e) {
            long latencyMs = (System.nanoTime() - start) / 1_000_000;
            String reason = e instanceof SocketTimeoutException ? "no answer within "
                    + context.settings().timeout().toMillis() + " ms" : String.valueOf(e.getMessage());
            checks.check("engine", HealthStatus.CRITICAL, latencyMs, Map.of("socket", socket.toString(),
                    "error", reason), "docker engine at " + socket + ": " + reason);
        }
        return checks.result();
    }

    private static void container(ProbeContext context, JsonNode inspect, CheckList checks) {
        ContainerVerdict verdict = ContainerVerdict.of(inspect);
        checks.check("container:" + verdict.name(), verdict.status(), null, verdict.details(), verdict.reason());
        checks.metric("restarts:" + verdict.name(), "restarts",
                context.increase("restarts:" + verdict.name(), verdict.restartCount()), RESTARTS,
                Map.of("restartCount", verdict.restartCount()));
    }

    /** Ids of the configured containers (a missing one is CRITICAL), or of every container. */
    private static List<String> selected(ProbeContext context, JsonNode list, CheckList checks) {
        Object configured = context.settings().values().get("containers");
        List<String> ids = new ArrayList<>();
        if (!(configured instanceof List<?> names)) {
            list.forEach(c -> ids.add(c.path("Id").asText()));
            return ids;
        }
        for (Object name : names) {
            String wanted = "/" + name.toString().replaceFirst("^/", "");
            JsonNode found = null;
            for (JsonNode c : list) {
                for (JsonNode n : c.path("Names")) {
                    found = found == null && wanted.equals(n.asText()) ? c : found;
                }
            }
            if (found == null) {
                checks.check("container:" + name, HealthStatus.CRITICAL, null, Map.of("state", "missing"),
                        "container " + name + " not found");
            } else {
                ids.add(found.path("Id").asText());
            }
        }
        return ids;
    }

    private JsonNode get(Path socket, String path, long deadline) throws IOException {
        long leftMs = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        UnixSocketHttp.Response response = UnixSocketHttp.get(socket, path, leftMs);
        if (response.status() != 200) {
            throw new IOException("GET " + path + " answered HTTP " + response.status() + " "
                    + response.body().substring(0, Math.min(200, response.body().length())).trim());
        }
        return json.readTree(response.body());
    }
}
