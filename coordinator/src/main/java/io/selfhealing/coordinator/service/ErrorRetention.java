package io.selfhealing.coordinator.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far back error reports are needed. A validation reads a target's reports from two evidence
 * look-backs plus the baseline window before its incident opened ({@link #readsFrom}); retention
 * therefore never deletes reports younger than that before the earliest incident still in flight,
 * nor before now (an incident may open at any moment), whatever the configured history retention.
 */
final class ErrorRetention {

    private final Duration lookback;
    private final Duration baselineWindow;

    ErrorRetention(Duration lookback, Duration baselineWindow) {
        this.lookback = lookback;
        this.baselineWindow = baselineWindow;
    }

    /** The oldest report line a validation of an incident opened at {@code createdAt} reads. */
    Instant readsFrom(Instant createdAt) {
        return createdAt.minus(lookback).minus(baselineWindow).minus(lookback);
    }

    /** Reports last seen before this may be deleted: the history cutoff, moved back for validations. */
    Instant cutoff(Instant historyCutoff, Instant now, Optional<Instant> earliestInFlight) {
        Instant needed = readsFrom(earliestInFlight.filter(t -> t.isBefore(now)).orElse(now));
        return needed.isBefore(historyCutoff) ? needed : historyCutoff;
    }
}
