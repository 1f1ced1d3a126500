package io.selfhealing.detector.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code healing.detector.*}: windows, thresholds and the categories file. */
@ConfigMapping(prefix = "healing.detector")
public interface DetectorConfig {

    /** Lines of one template within the window that make a NEW error report. */
    @WithDefault("3")
    int minCount();

    @WithDefault("60s")
    Duration window();

    /** Least time between two reports of one template (RECURRING while lines keep coming). */
    @WithDefault("5s")
    Duration reportInterval();

    /** How often reports that are due are flushed without waiting for the next line. */
    @WithDefault("1s")
    Duration tick();

    /** Rate against the template's own baseline that is ESCALATING. */
    @WithDefault("3")
    double escalationFactor();

    @WithDefault("60")
    double highRatePerMinute();

    @WithDefault("50000")
    int maxWindows();

    /** Replaces the built-in category rules (resource detector-categories.tsv). */
    Optional<Path> categoriesFile();

    /**
     * Longest time the first lines of a new (target, stream) wait while its header layout is learned
     * (learning also ends after 64 lines).
     */
    @WithDefault("1s")
    Duration headerLearnWait();

    /** Templates kept per target (least recently seen dropped first). */
    @WithDefault("5000")
    int maxTemplatesPerTarget();

    /** Event ids remembered to ignore redelivered lines. */
    @WithDefault("100000")
    int dedupeCapacity();
}
