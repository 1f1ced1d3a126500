package io.selfhealing.fix.domain;

import java.util.OptionalLong;

/**
 * How far one step of a numeric fix may move a value: up or down, by a factor (at most
 * {@link #MAX_FACTOR}) or by a fixed amount, always at least 1 and never past the bound.
 *
 * @param direction {@code up} or {@code down}
 * @param factor    multiplier (up) or divisor (down) of one step, in (1, 1.5]; or null
 * @param add       amount of one step, positive; or null (exactly one of factor and add is set)
 */
public record StepRule(String direction, Double factor, Long add) {

    public static final double MAX_FACTOR = 1.5;

    /** Why this rule is invalid, or null. */
    String problem() {
        if (!"up".equals(direction) && !"down".equals(direction)) {
            return "step.direction must be up or down, was " + direction;
        }
        if ((factor == null) == (add == null)) {
            return "step needs exactly one of factor and add";
        }
        if (factor != null && (factor <= 1.0 || factor > MAX_FACTOR)) {
            return "step.factor must be within (1, " + MAX_FACTOR + "], was " + factor;
        }
        if (add != null && add < 1) {
            return "step.add must be positive, was " + add;
        }
        return null;
    }

    boolean up() {
        return "up".equals(direction);
    }

    /** The value one full step from {@code current}, clamped to [min, max]; empty at the bound. */
    public OptionalLong next(long current, long min, long max) {
        if (current < min || current > max || (up() ? current >= max : current <= min)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(up() ? Math.min(farthest(current), max) : Math.max(farthest(current), min));
    }

    /** True if {@code from → to} is one step or less in the rule's direction, both within [min, max]. */
    public boolean allows(long from, long to, long min, long max) {
        if (from < min || from > max || to < min || to > max || from == to) {
            return false;
        }
        return up() ? to > from && to <= farthest(from) : to < from && to >= farthest(from);
    }

    /** The farthest value one step may reach from {@code current}, ignoring the bounds. */
    private long farthest(long current) {
        if (add != null) {
            return up() ? saturatedAdd(current, add) : saturatedAdd(current, -add);
        }
        if (up()) {
            return Math.max(Math.round(current * factor), saturatedAdd(current, 1));
        }
        return Math.min(Math.round(current / factor), saturatedAdd(current, -1));
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : r;
    }
}
