package io.selfhealing.notifier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The notifier's settings ({@code healing.notifier.*}); secrets are not here but in the environment. */
@ConfigMapping(prefix = "healing.notifier")
public interface NotifierConfig {

    /** The routes file (YAML). Without one alerts are recorded and listed, and nobody is notified. */
    Optional<String> routesFile();

    /**
     * How often groups are checked for due notifications and the outbox for due deliveries (besides at once after
     * each alert). Quarkus' scheduler runs every value below 1s at most once a second outside tests.
     */
    @WithDefault("1s")
    Duration tick();

    Links links();

    Delivery delivery();

    interface Links {
        /** The coordinator's base URL: approve and reject paths of alerts are resolved against it. */
        @WithDefault("http://localhost:8080")
        String coordinatorUrl();

        /** The dashboard's base URL (default: the coordinator's, which serves it). */
        Optional<String> dashboardUrl();

        /** The page of one incident under the dashboard URL; {incidentId} is replaced. */
        @WithDefault("/#incident/{incidentId}")
        String incidentPage();

        /** This service's own base URL, for the acknowledge link. */
        @WithDefault("http://localhost:8086")
        String notifierUrl();
    }

    interface Delivery {
        /** Delay after the first failed attempt; doubles with every further failure up to max-backoff. */
        @WithDefault("2s")
        Duration initialBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /** A delivery still failing this long after it was queued is given up (state FAILED). */
        @WithDefault("24h")
        Duration giveUpAfter();

        /** Connect and response timeout of one HTTP attempt. */
        @WithDefault("5s")
        Duration timeout();

        /** At most this many deliveries are attempted per tick. */
        @WithDefault("50")
        int batch();

        /** Sender address of e-mail notifications. */
        @WithDefault("healing@localhost")
        String mailFrom();
    }
}
