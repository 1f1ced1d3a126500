package io.selfhealing.rootcause.domain;

/**
 * One independent piece of evidence that corroborates a diagnosis besides the error lines
 * themselves (a dependency's probe, a metric, a recent commit).
 *
 * @param name        short name, e.g. {@code dependency_critical}
 * @param weight      how much of the remaining doubt a full-strength signal removes, in (0, 1)
 * @param strength    how strong this observation is, clamped to [0, 1]
 * @param description what was observed, for the evidence list
 * @param value       the observed metric value (0 when there is none)
 */
public record Signal(String name, double weight, double strength, String description, double value) {

    public Signal {
        if (!(weight > 0 && weight < 1)) {
            throw new IllegalArgumentException("weight must be in (0, 1), was " + weight);
        }
        strength = Double.isNaN(strength) ? 0 : Math.max(0, Math.min(1, strength));
    }

    /** The share of doubt this signal leaves: {@code 1 - weight * strength}. */
    public double doubtKept() {
        return 1 - weight * strength;
    }
}
