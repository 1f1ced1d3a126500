package io.selfhealing.coordinator.domain;

import java.time.Instant;

/**
 * A runtime switch as the gates read it: its value, whether it comes from {@code configuration} (never
 * switched) or was switched at {@code runtime}, and who switched it, when and why.
 */
public record SwitchState(String name, boolean enabled, String source, String changedBy, Instant changedAt,
        String reason) {

    public static final String AUTONOMOUS = "autonomous";
    public static final String DRY_RUN = "dry-run";

    public static SwitchState configured(String name, boolean enabled) {
        return new SwitchState(name, enabled, "configuration", null, null, null);
    }
}
