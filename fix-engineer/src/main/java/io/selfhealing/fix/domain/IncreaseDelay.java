package io.selfhealing.fix.domain;

import io.selfhealing.events.FixPlan;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.events.RiskLevel;
import java.util.List;
import java.util.Optional;

/**
 * Rate limiting: call the upstream less often by raising the delay between calls by at most
 * {@code factor} per step, never above {@code max}.
 */
public final class IncreaseDelay implements FixType {

    public static final String NAME = "increase_delay";
    public static final String ISSUE_TYPE = "rate_limiting";
    public static final String ACTUATOR = "git-config";
    static final double MAX_FACTOR = 1.5;

    private final String key;
    private final long max;
    private final double factor;

    public IncreaseDelay(String key, long max, double factor) {
        if (factor <= 1.0 || factor > MAX_FACTOR) {
            throw new IllegalArgumentException("increase_delay factor must be within (1, 1.5], was " + factor);
        }
        if (max < 1) {
            throw new IllegalArgumentException("increase_delay max must be positive, was " + max);
        }
        this.key = key;
        this.max = max;
        this.factor = factor;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String issueType() {
        return ISSUE_TYPE;
    }

    /** The next delay: round(current × factor), at least one more, never above the bound; empty at the bound. */
    public Optional<Long> next(long current) {
        if (current >= max) {
            return Optional.empty();
        }
        long next = Math.max(Math.round(current * factor), current + 1);
        return Optional.of(Math.min(next, max));
    }

    @Override
    public Proposal propose(ResourceRef resource, PropertiesText config) {
        Optional<String> raw = config.value(key);
        if (raw.isEmpty()) {
            return Proposal.none(resource.describe() + " does not define " + key + "; nothing to tune");
        }
        long current;
        try {
            current = Long.parseLong(raw.get());
        } catch (NumberFormatException e) {
            return Proposal.none(key + " in " + resource.describe() + " is not a whole number: '" + raw.get() + "'");
        }
        Optional<Long> next = next(current);
        if (next.isEmpty()) {
            return Proposal.none(key + " is " + current + ", already at its bound " + max
                    + "; a longer delay is not a safe automatic fix, a person must look");
        }
        ParameterChange change = new ParameterChange(resource, key, Long.toString(current), Long.toString(next.get()));
        String description = "raise " + key + " from " + current + " to " + next.get()
                + " ms so the upstream is called less often";
        return new Proposal(new FixPlan(NAME, ACTUATOR, RiskLevel.LOW, description, List.of(change)),
                "rate limiting: spacing upstream calls by " + next.get() + " ms instead of " + current
                        + " (x" + factor + ", bound " + max + ")");
    }

    @Override
    public Optional<String> reject(ParameterChange change) {
        if (!key.equals(change.key())) {
            return Optional.of(NAME + " may only change " + key + ", not " + change.key());
        }
        try {
            long from = Long.parseLong(change.fromValue());
            long to = Long.parseLong(change.toValue());
            if (to <= from || to > max || to > Math.max(Math.round(from * factor), from + 1)) {
                return Optional.of(NAME + " " + from + " -> " + to + " is outside its bounds (x" + factor
                        + ", max " + max + ")");
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(NAME + " values must be whole numbers: " + change.fromValue() + " -> " + change.toValue());
        }
    }
}
