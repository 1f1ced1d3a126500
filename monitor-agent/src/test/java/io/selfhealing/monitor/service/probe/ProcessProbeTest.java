package io.selfhealing.monitor.service.probe;

import static io.selfhealing.monitor.service.probe.HostProbeTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against real processes of this machine. */
class ProcessProbeTest {

    @TempDir
    Path dir;

    private final ProcessProbe probe = new ProcessProbe(null, Duration.ZERO);

    @Test
    void aRunningProcessIsHealthyAndAMissingOneCritical() throws Exception {
        String marker = "4242" + (System.nanoTime() % 1000);
        Process sleeper = new ProcessBuilder("sleep", marker).start();
        try {
            ProbeResult running = probe.measure(Targets.context("process", Map.of("pattern", "sleep " + marker)));
            assertEquals(HealthStatus.HEALTHY, running.status(), running.reasons().toString());
            assertEquals(List.of(sleeper.pid()), ((List<?>) check(running, "running").details().get("pids"))
                    .stream().map(p -> ((Number) p).longValue()).toList());
        } finally {
            sleeper.destroy();
            sleeper.waitFor();
        }
        ProbeResult gone = probe.measure(Targets.context("process", Map.of("pattern", "sleep " + marker)));
        assertEquals(HealthStatus.CRITICAL, gone.status());
    }

    @Test
    void aLockFileOfAProcessThatIsGoneIsStale() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        Path lock = dir.resolve("app.lock");
        Files.writeString(lock, done.pid() + "\n");
        ProbeResult result = probe.measure(Targets.context("process", Map.of("pattern", "java",
                "lockFiles", List.of(lock.toString()))));
        assertEquals(HealthStatus.WARNING, check(result, "lock:" + lock).status());
    }
}
