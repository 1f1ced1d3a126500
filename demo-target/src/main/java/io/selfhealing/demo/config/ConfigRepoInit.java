package io.selfhealing.demo.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.PersonIdent;
import org.jboss.logging.Logger;

/** With {@code demo.config-repo-init=true}, seeds the config repository before the tunables are first read. */
@Singleton
public class ConfigRepoInit {

    private static final Logger LOG = Logger.getLogger(ConfigRepoInit.class);

    private final DemoConfig config;

    public ConfigRepoInit(DemoConfig config) {
        this.config = config;
    }

    /** Runs before {@link TunablesWatcher}'s start (lower priority value first). */
    void init(@Observes @Priority(1000) StartupEvent event) {
        if (!config.configRepoInit()) {
            return;
        }
        Path file = Path.of(config.configFile());
        try {
            if (new ConfigRepoSeed(new PersonIdent("demo-target", "demo-target@localhost")).seed(file)) {
                LOG.infof("Created config repository %s with the default tunables", file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
