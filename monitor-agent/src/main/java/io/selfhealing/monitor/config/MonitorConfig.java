package io.selfhealing.monitor.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Settings of the monitor agent ({@code healing.monitor.*}). */
@ConfigMapping(prefix = "healing.monitor")
public interface MonitorConfig {

    /** The {@code source} of every event this agent publishes. */
    String SOURCE = "monitor-agent";

    /** An unchanged status is re-published this often; a change is published at once. */
    @WithDefault("30s")
    Duration heartbeat();

    /** How often log files are checked for new lines. */
    @WithDefault("200ms")
    Duration logPollInterval();

    /** Directory of the log offsets kept across restarts (a persistent one: a volume in a container). */
    @WithDefault("${user.home}/.local/state/selfhealing/monitor-agent")
    Path stateDir();

    /** Longer log lines are cut at this many bytes and marked. */
    @WithDefault("65536")
    int maxLineBytes();

    /** Log lines sent (and acknowledged) per file before the offset is saved. */
    @WithDefault("100")
    int logBatchSize();

    /** Threads for probes that block (JDBC, JGit, OSHI); http probes never take one. */
    @WithDefault("4")
    int probeThreads();
}
