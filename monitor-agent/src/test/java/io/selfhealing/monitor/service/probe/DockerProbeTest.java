package io.selfhealing.monitor.service.probe;

import static io.selfhealing.monitor.service.probe.HostProbeTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Against a local HTTP server on a Unix socket answering Docker Engine API documents. */
class DockerProbeTest {

    private static final String LIST = "[" + String.join(",",
            summary("a1", "web", "running", "Up 2 hours (healthy)"),
            summary("b2", "batch", "exited", "Exited (137) 5 minutes ago"),
            summary("c3", "worker", "restarting", "Restarting (1) 3 seconds ago"),
            summary("d4", "api", "running", "Up 10 minutes (unhealthy)")) + "]";

    @TempDir
    Path dir;

    private FakeDockerEngine engine;
    private final DockerProbe probe = new DockerProbe(null);

    @BeforeEach
    void start() throws Exception {
        engine = new FakeDockerEngine(dir.resolve("docker.sock"))
                .answer("/containers/json?all=1", LIST)
                .answer("/containers/a1/json", inspect("a1", "web", "running", "healthy", 0, 0, false))
                .answer("/containers/b2/json", inspect("b2", "batch", "exited", null, 0, 137, true))
                .answer("/containers/c3/json", inspect("c3", "worker", "restarting", null, 5, 1, false))
                .answer("/containers/d4/json", inspect("d4", "api", "running", "unhealthy", 0, 0, false));
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
    }

    @Test
    void aRunningHealthyContainerIsHealthy() {
        ProbeResult result = probe.measure(context(List.of("web")));
        assertEquals(HealthStatus.HEALTHY, result.status(), result.reasons().toString());
        assertEquals("healthy", check(result, "container:web").details().get("health"));
        assertEquals(4, ((Number) check(result, "engine").details().get("containers")).intValue());
        assertEquals(List.of("/containers/json?all=1", "/containers/a1/json"), engine.requests());
    }

    @Test
    void aChunkedAnswerIsReadLikeASizedOne() {
        engine.chunked();
        ProbeResult result = probe.measure(context(List.of("web")));
        assertEquals(HealthStatus.HEALTHY, result.status(), result.reasons().toString());
        assertEquals("running", check(result, "container:web").details().get("state"));
    }

    @Test
    void anExitedContainerIsCriticalWithItsExitCode() {
        ProbeResult result = probe.measure(context(List.of("batch")));
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertEquals(List.of("container batch is exited (exit code 137, OOMKilled)"), result.reasons());
    }

    @Test
    void anUnhealthyContainerIsCritical() {
        ProbeResult result = probe.measure(context(List.of("api")));
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertEquals(List.of("container api is unhealthy (failing streak 3)"), result.reasons());
    }

    @Test
    void aRestartingContainerIsCriticalAndNewRestartsAWarning() {
        ProbeContext context = context(List.of("worker"));
        ProbeResult restarting = probe.measure(context);
        assertEquals(HealthStatus.CRITICAL, restarting.status());
        assertEquals(List.of("container worker is restarting (restart count 5)"), restarting.reasons());

        engine.answer("/containers/c3/json", inspect("c3", "worker", "running", null, 7, 0, false));
        ProbeResult restarted = probe.measure(context);
        assertEquals(HealthStatus.WARNING, restarted.status(), restarted.reasons().toString());
        assertEquals(List.of("restarts:worker restarts 2.0 > 0.0"), restarted.reasons());
        assertEquals(HealthStatus.HEALTHY, probe.measure(context).status(), "restarts are counted once");
    }

    @Test
    void everyContainerIsCheckedWhenNoneIsNamedAndAMissingOneIsCritical() {
        ProbeResult all = probe.measure(Targets.context("docker", Map.of("socket", engine.socket().toString())));
        assertEquals(4, all.checks().stream().filter(c -> c.name().startsWith("container:")).count());
        assertEquals(HealthStatus.CRITICAL, all.status());

        ProbeResult missing = probe.measure(context(List.of("web", "db")));
        assertEquals(List.of("container db not found"), missing.reasons());
    }

    @Test
    @Timeout(30) // a probe that ignored its timeout would hang here instead of failing
    void aHungEngineIsCriticalAfterItsTimeout() {
        engine.hang();
        ProbeResult result = probe.measure(Targets.context("docker", Map.of("socket", engine.socket().toString(),
                "timeoutMs", 500)));
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertEquals("docker engine at " + engine.socket() + ": no answer within 500 ms", result.reasons().get(0));
    }

    @Test
    void noEngineIsCritical() {
        ProbeResult result = probe.measure(Targets.context("docker", Map.of("socket", dir.resolve("none.sock").toString())));
        assertEquals(HealthStatus.CRITICAL, result.status());
        assertEquals(HealthStatus.CRITICAL, check(result, "engine").status());
    }

    private ProbeContext context(List<String> containers) {
        return Targets.context("docker", Map.of("socket", engine.socket().toString(), "containers", containers));
    }

    private static String summary(String id, String name, String state, String status) {
        return "{\"Id\":\"" + id + "\",\"Names\":[\"/" + name + "\"],\"Image\":\"demo:1\",\"State\":\"" + state
                + "\",\"Status\":\"" + status + "\"}";
    }

    private static String inspect(String id, String name, String status, String health, int restarts, int exitCode,
            boolean oom) {
        String healthJson = health == null ? "" : ",\"Health\":{\"Status\":\"" + health + "\",\"FailingStreak\":"
                + ("unhealthy".equals(health) ? 3 : 0) + "}";
        return "{\"Id\":\"" + id + "\",\"Name\":\"/" + name + "\",\"RestartCount\":" + restarts
                + ",\"State\":{\"Status\":\"" + status + "\",\"Running\":" + "running".equals(status)
                + ",\"Restarting\":" + "restarting".equals(status) + ",\"OOMKilled\":" + oom + ",\"ExitCode\":"
                + exitCode + healthJson + "},\"Config\":{\"Image\":\"demo:1\"}}";
    }
}
