package io.selfhealing.coordinator.config;

import io.selfhealing.events.RiskLevel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Every gate, window and limit of the saga; env vars override (HEALING_COORDINATOR_...). */
@ConfigMapping(prefix = "healing.coordinator")
public interface CoordinatorConfig {

    /** Auto-apply only at or above this learning-adjusted confidence. */
    @WithDefault("85")
    int confidenceThreshold();

    /** Auto-apply only at or below this risk. */
    @WithDefault("MEDIUM")
    RiskLevel maxRisk();

    /** false: every fix waits for a human. */
    @WithDefault("true")
    boolean autonomous();

    /** true: decide and alert, never change anything. */
    @WithDefault("false")
    boolean dryRun();

    /**
     * How long an incident whose only failing gate is confidence waits for stronger evidence before
     * it goes to a human.
     */
    @WithDefault("20s")
    Duration evidenceWait();

    /** At most this many automatic fixes per target per hour. */
    @WithDefault("3")
    int maxFixesPerTargetPerHour();

    /** Learning adjusts confidence once this many outcomes of (issue, fix) exist. */
    @WithDefault("3")
    int minOutcomes();

    Validation validation();

    /** How often the outbox relay looks for unsent events besides being woken on commit (fallback). */
    @WithDefault("1s")
    Duration outboxInterval();

    /** Error categories that count against a fix of an issue type; an unlisted issue type counts every category. */
    Map<String, String> issueCategories();

    interface Validation {
        /** How long a fix is watched before it is judged. */
        @WithDefault("120s")
        Duration window();

        /** Errors in the first moments after apply (in-flight calls, config reload) are not held against the fix. */
        @WithDefault("3s")
        Duration grace();

        /**
         * A fix is judged on signals from after its deadline: it waits for a health report of the
         * target made at or after the deadline (the monitor re-publishes at least every heartbeat),
         * at most this long; a coordinator that was down meanwhile thus never judges on stale data.
         */
        @WithDefault("60s")
        Duration freshSignalWait();

        /** How often due validations are looked for (the deadline itself is persisted). */
        @WithDefault("1s")
        Duration checkInterval();

        /** The fix fails when more error lines than this are seen after apply + grace. */
        @WithDefault("0")
        long maxErrorLines();
    }
}
