package io.selfhealing.demo.config;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Polls the tunables file's content (no WatchService: edits by git must be seen on every file system). */
@Singleton
public class TunablesWatcher {

    private static final Logger LOG = Logger.getLogger(TunablesWatcher.class);

    private final TunablesFile file;
    private final long pollMillis;
    private ScheduledExecutorService executor;

    public TunablesWatcher(DemoConfig config) {
        this.file = new TunablesFile(Path.of(config.configFile()).toAbsolutePath(), Clock.systemUTC());
        this.pollMillis = Math.max(10, config.configPollInterval().toMillis());
    }

    void start(@Observes StartupEvent event) {
        if (file.check() == TunablesFile.Outcome.RELOADED) {
            LOG.infof("Config loaded from %s: %s", file.path(), file.current().describe());
        } else {
            LOG.warnf("Config reload failed: %s (using %s)", file.lastProblem(), file.current().describe());
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "config-watcher"));
        executor.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void poll() {
        try {
            switch (file.check()) {
                case RELOADED -> LOG.infof("Config reloaded: %s", file.current().describe());
                case FAILED -> LOG.warnf("Config reload failed: %s", file.lastProblem());
                default -> { }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Config reload failed: %s", e.toString());
        }
    }

    public Tunables current() {
        return file.current();
    }

    public Path path() {
        return file.path();
    }

    public Instant lastReload() {
        return file.lastReload();
    }

    public String lastProblem() {
        return file.lastProblem();
    }
}
