package io.selfhealing.demo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A temp tunables file (fast worker: 100 ms delay), a temp log file and a short readiness window. */
public class DemoFiles implements QuarkusTestResourceLifecycleManager {

    public static final String FAST = "upstream.delay.ms=100\nbatch.size=10\nrequest.timeout.ms=2000\n";

    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("demo-target-test");
            Path config = dir.resolve("demo-target.properties");
            Files.writeString(config, FAST);
            return Map.of(
                    "demo.config-file", config.toString(),
                    "demo.health.error-window", "2s",
                    "quarkus.log.file.path", dir.resolve("demo-target.log").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // the temp dir is left for inspection after a failure; it is small
    }
}
