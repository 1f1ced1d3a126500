package io.selfhealing.notifier.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a group of alerts is notified (Alertmanager's timing, plus escalation). A group with no alert that still
 * needs attention (all acknowledged, resolved or silenced) is never notified. Otherwise:
 * <ul>
 * <li>the first notification goes out {@code groupWait} after the group formed;</li>
 * <li>alerts that joined since the last notification go out {@code groupInterval} after it, so the same alert is
 * sent at most once per group interval;</li>
 * <li>with nothing new the group is repeated {@code repeatInterval} after the last notification;</li>
 * <li>when the chain has a next receiver and nobody acknowledged within {@code escalateAfter} of the current
 * receiver's first notification, the group escalates: the next receiver is notified at once.</li>
 * </ul>
 */
public final class GroupClock {

    public enum Action { WAIT, NOTIFY, ESCALATE }

    /**
     * @param createdAt     when the group formed
     * @param lastNotified  when it was last notified (null: never)
     * @param levelSince    when its current receiver was first notified (null: never)
     * @param level         index of the current receiver in the chain
     * @param chainLength   receivers in the chain
     * @param needsAttention some alert in it is neither acknowledged, resolved nor silenced
     * @param hasNew        some alert joined since the last notification
     */
    public record State(Instant createdAt, Instant lastNotified, Instant levelSince, int level, int chainLength,
            boolean needsAttention, boolean hasNew) {
    }

    public record Timing(Duration groupWait, Duration groupInterval, Duration repeatInterval, Duration escalateAfter) {

        public static Timing of(Route route) {
            return new Timing(route.groupWait(), route.groupInterval(), route.repeatInterval(), route.escalateAfter());
        }
    }

    private GroupClock() {
    }

    public static Action decide(State s, Timing t, Instant now) {
        if (!s.needsAttention() || s.chainLength() == 0) {
            return Action.WAIT;
        }
        if (s.lastNotified() == null) {
            return !now.isBefore(s.createdAt().plus(t.groupWait())) ? Action.NOTIFY : Action.WAIT;
        }
        if (t.escalateAfter() != null && s.level() + 1 < s.chainLength() && s.levelSince() != null
                && !now.isBefore(s.levelSince().plus(t.escalateAfter()))) {
            return Action.ESCALATE;
        }
        Duration wait = s.hasNew() ? t.groupInterval() : t.repeatInterval();
        return !now.isBefore(s.lastNotified().plus(wait)) ? Action.NOTIFY : Action.WAIT;
    }

    /** When {@link #decide} may next answer something else than WAIT for an unchanged state (null: never). */
    public static Instant nextCheck(State s, Timing t) {
        if (!s.needsAttention() || s.chainLength() == 0) {
            return null;
        }
        if (s.lastNotified() == null) {
            return s.createdAt().plus(t.groupWait());
        }
        Instant next = s.lastNotified().plus(s.hasNew() ? t.groupInterval() : t.repeatInterval());
        if (t.escalateAfter() != null && s.level() + 1 < s.chainLength() && s.levelSince() != null) {
            Instant escalate = s.levelSince().plus(t.escalateAfter());
            next = escalate.isBefore(next) ? escalate : next;
        }
        return next;
    }
}
