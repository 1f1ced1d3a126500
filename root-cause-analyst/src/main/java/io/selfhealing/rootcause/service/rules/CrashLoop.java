package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.CheckResult;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.rootcause.domain.Signal;
import io.selfhealing.rootcause.domain.TargetContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A process or pod of the target restarting over and over: {@code crash_loop} lines
 * (CrashLoopBackOff, "Back-off restarting failed container", systemd's restart counter), a
 * CrashLoopBackOff reason or a restart count of at least {@value #MANY_RESTARTS} in the target's
 * own health. Evidence that the target is failing, not of why.
 */
public final class CrashLoop {

    static final int MANY_RESTARTS = 3;

    private CrashLoop() {
    }

    public static Optional<Signal> signal(TargetContext context) {
        List<ErrorDetected> lines = context.errorsIn(java.util.Set.of(Category.CRASH_LOOP));
        long restarts = context.health() == null ? 0 : restarts(context.health());
        boolean reason = context.health() != null && context.health().reasons().stream()
                .anyMatch(r -> r.toLowerCase(Locale.ROOT).contains("crashloopbackoff"));
        if (lines.isEmpty() && restarts < MANY_RESTARTS && !reason) {
            return Optional.empty();
        }
        String what = (lines.isEmpty() ? "" : TargetContext.lines(lines) + " restart lines")
                + (restarts > 0 ? (lines.isEmpty() ? "" : ", ") + restarts + " restarts in its health" : "")
                + (reason ? " (CrashLoopBackOff)" : "");
        return Optional.of(new Signal("crash_loop", 0.5, 1.0, context.targetId() + " is restarting repeatedly: "
                + what, Math.max(restarts, TargetContext.lines(lines))));
    }

    /** The largest {@code restartCount} / {@code restarts} detail of the report's checks. */
    static long restarts(HealthReported report) {
        long max = 0;
        for (CheckResult c : report.checks()) {
            Map<String, Object> d = c.details() == null ? Map.of() : c.details();
            for (String key : List.of("restartCount", "restarts")) {
                if (d.get(key) instanceof Number n) {
                    max = Math.max(max, n.longValue());
                }
            }
        }
        return max;
    }
}
