package io.selfhealing.events;

/** Health of a target, ordered from best to worst. */
public enum HealthStatus {
    HEALTHY, WARNING, CRITICAL, UNKNOWN;

    public boolean worseThan(HealthStatus other) {
        return ordinal() > other.ordinal();
    }
}
