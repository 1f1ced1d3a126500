package io.selfhealing.notifier.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.selfhealing.notifier.domain.InvalidRoutesException;
import io.selfhealing.notifier.domain.Receiver;
import io.selfhealing.notifier.domain.RoutesParser;
import io.selfhealing.notifier.domain.Routing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Reads the routes file once at start. A file that does not validate, or names an environment variable for a URL
 * that is not set, stops the start with every problem named (entry and field).
 */
@ApplicationScoped
public class RoutingProducer {

    private static final Logger LOG = Logger.getLogger(RoutingProducer.class);

    @Produces
    @Singleton
    public Routing routing(NotifierConfig config, Environment env) {
        if (config.routesFile().isEmpty()) {
            LOG.warn("no routes file (healing.notifier.routes-file): alerts are recorded and listed, nobody is notified");
            return RoutesParser.empty();
        }
        Path file = Path.of(config.routesFile().get());
        Routing routing;
        try {
            routing = RoutesParser.parse(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read routes file " + file + ": " + e.getMessage(), e);
        } catch (InvalidRoutesException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        List<String> missing = new ArrayList<>();
        for (Receiver r : routing.receivers().values()) {
            if (r.urlEnv() != null && env.get(r.urlEnv()) == null) {
                missing.add("receiver " + r.name() + ": url_env " + r.urlEnv() + " is not set in the environment");
            }
            if (r.secretEnv() != null && env.get(r.secretEnv()) == null) {
                missing.add("receiver " + r.name() + ": secret_env " + r.secretEnv() + " is not set in the environment");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(file + ": " + String.join("; ", missing));
        }
        LOG.infof("routes file %s: %d receivers", file, routing.receivers().size());
        return routing;
    }
}
