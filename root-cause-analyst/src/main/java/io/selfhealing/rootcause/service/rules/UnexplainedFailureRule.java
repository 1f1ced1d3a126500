package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.Finding;
import io.selfhealing.rootcause.domain.Signal;
import io.selfhealing.rootcause.domain.TargetContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The honest "I don't know": the target is failing — it restarts repeatedly, or its own probe is
 * CRITICAL while it logs at least {@value #MANY_LINES} error lines — and this rule says so with
 * issue type {@code unknown}, fix category {@code escalate}. The analyst publishes it only when no
 * rule explains the failure well (see {@code Verdict}); its confidence says how sure we are that
 * something is wrong, never which fix helps.
 */
public class UnexplainedFailureRule implements DiagnosisRule {

    static final int MANY_LINES = 5;
    private static final int ESTIMATED_FIX_SECONDS = 1800;

    @Override
    public Optional<Finding> diagnose(TargetContext context) {
        List<ErrorDetected> reports = context.errors();
        long lines = TargetContext.lines(reports);
        Optional<Signal> crashing = CrashLoop.signal(context);
        boolean critical = context.health() != null && context.health().status() == HealthStatus.CRITICAL
                && lines >= MANY_LINES;
        if (crashing.isEmpty() && !critical) {
            return Optional.empty();
        }
        List<Signal> signals = new ArrayList<>();
        crashing.ifPresent(signals::add);
        String why = crashing.map(Signal::description).orElse(context.targetId() + " probe CRITICAL with " + lines
                + " error lines");
        String summary = "Unexplained failure of " + context.targetId() + ": " + why + "; no rule explains it well "
                + "enough to fix it automatically: a person must look";
        return Optional.of(new Finding(Issue.UNKNOWN, lines, signals, TargetContext.newest(reports), summary,
                List.of(context.targetId()), "escalate", null, ESTIMATED_FIX_SECONDS,
                Evidences.of(reports.stream().limit(5).toList(), signals, context), Evidences.templateIds(reports)));
    }
}
