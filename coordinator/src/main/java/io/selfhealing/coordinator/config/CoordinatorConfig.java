package io.selfhealing.coordinator.config;

import io.selfhealing.coordinator.domain.HealthSignal;
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

    /**
     * Every command carries {@code expiresAt} = issue time + this: an agent that gets it later
     * (it was down, the broker was slow) refuses it and answers FAILED, so a stale decision is never
     * carried out.
     */
    @WithDefault("30s")
    Duration commandExpiry();

    /**
     * How long the saga waits for the answer to a command (BACKING_UP, APPLYING, ROLLING_BACK);
     * each retry waits twice as long as the one before. At least {@code command-expiry}.
     */
    @WithDefault("60s")
    Duration commandTimeout();

    /** Tries of a command that is safe to repeat (BACKUP, RESTORE, REVERT) before the incident FAILS. */
    @WithDefault("3")
    int commandAttempts();

    /** An incident waiting for a human this long is closed (REJECTED, "approval expired"). */
    @WithDefault("1h")
    Duration approvalTimeout();

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

    /**
     * Error categories that count against a fix of an issue type, in addition to the templates and
     * categories of the diagnosis itself (which always count).
     */
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

        /** Significance of the one-sided tests of the verdict (a Poisson and a conditional binomial test). */
        @WithDefault("0.05")
        double alpha();

        /** "Clearly below": the after rate is significantly below this share of the rate during the incident. */
        @WithDefault("0.5")
        double successRatio();

        /** The during-vs-after test needs at least this many lines during the incident to say anything. */
        @WithDefault("5")
        long minLines();

        /**
         * The incident's lines are counted from its first line, at most this long before it opened
         * (the analyst's evidence window: the lines that made the diagnosis).
         */
        @WithDefault("5m")
        Duration lookback();

        /** How far before the incident's first line its lines are counted as the target's baseline. */
        @WithDefault("30m")
        Duration baselineWindow();

        /** Lowest baseline assumed (lines per minute): sporadic lines below it are background. */
        @WithDefault("0.5")
        double baselineFloorPerMinute();

        /**
         * The health reading a fix of an issue type is also judged on ({@code latency} or
         * {@code pool-usage}), keyed by issue type; issue types not listed are judged on their lines only.
         */
        Map<String, HealthSignal> healthSignal();

        /** LATENCY: how much slower than before the incident counts as slower (the analyst's "slow" is 1 s). */
        @WithDefault("1s")
        Duration latencyTolerance();

        /** POOL_USAGE: a pool at or above this usage (percent) has no headroom (the analyst's pool evidence level). */
        @WithDefault("90")
        double poolSaturatedPercent();
    }
}
