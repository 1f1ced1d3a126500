package io.selfhealing.detector.service;

import java.time.Duration;

/**
 * Detection parameters (plain values, so the engine is testable without Quarkus).
 *
 * @param minCount          lines of a template within the window that make it a NEW error
 * @param window            length of the sliding window
 * @param reportInterval    least time between two reports of one template
 * @param escalationFactor  rate jump against the template's own baseline that is ESCALATING
 * @param highRatePerMinute rate from which the severity is raised one step
 * @param maxWindows        windows kept at most (the oldest quiet ones are dropped first)
 * @param headerLearnWait   longest time the first lines of a new stream are held back while its header
 *                          layout is learned (learning also ends at 64 lines); zero learns from the first line
 */
public record DetectorSettings(int minCount, Duration window, Duration reportInterval, double escalationFactor,
        double highRatePerMinute, int maxWindows, Duration headerLearnWait) {

    /** Settings that never hold lines back (the layout is learned from each stream's first line on). */
    public DetectorSettings(int minCount, Duration window, Duration reportInterval, double escalationFactor,
            double highRatePerMinute, int maxWindows) {
        this(minCount, window, reportInterval, escalationFactor, highRatePerMinute, maxWindows, Duration.ZERO);
    }

    public static DetectorSettings defaults() {
        return new DetectorSettings(3, Duration.ofSeconds(60), Duration.ofSeconds(5), 3.0, 60, 50_000,
                Duration.ofSeconds(1));
    }
}
