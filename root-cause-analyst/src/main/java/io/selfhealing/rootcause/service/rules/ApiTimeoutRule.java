package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Fix;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.domain.Dependency;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.Finding;
import io.selfhealing.rootcause.domain.Signal;
import io.selfhealing.rootcause.domain.TargetContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Timeouts of a target while a declared upstream (not a database pool, not down) answers slowly:
 * its probe latency is at least {@code slowLatency}. The caller's timeout is too short for the
 * upstream's current latency.
 */
public class ApiTimeoutRule implements DiagnosisRule {

    private static final double WEIGHT = 0.6;
    private static final int ESTIMATED_FIX_SECONDS = 150;
    private final Duration slowLatency;

    public ApiTimeoutRule(Duration slowLatency) {
        this.slowLatency = slowLatency;
    }

    @Override
    public Optional<Finding> diagnose(TargetContext context) {
        List<ErrorDetected> reports = context.errors(e -> Set.of(Category.TIMEOUT).contains(e.category())
                && !DbPoolExhaustedRule.poolText(e));
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        List<Signal> signals = new ArrayList<>();
        List<String> affected = new ArrayList<>(List.of(context.targetId()));
        for (Dependency d : context.dependencies()) {
            if (d.isResource() || d.health() == null || d.health().status() == HealthStatus.CRITICAL) {
                continue;
            }
            HealthReadings.maxLatencyMs(d.health()).filter(ms -> ms >= slowLatency.toMillis()).ifPresent(ms -> {
                signals.add(new Signal("upstream_latency", WEIGHT, ms / (2.0 * slowLatency.toMillis()),
                        "upstream " + d.id() + " probe latency " + ms + " ms (slow from " + slowLatency.toMillis()
                                + " ms)", ms));
                affected.add(d.id());
            });
        }
        if (signals.isEmpty()) {
            return Optional.empty();
        }
        String summary = context.targetId() + " times out calling " + String.join(", ", affected.subList(1,
                affected.size())) + ", whose latency went up: " + TargetContext.lines(reports) + " timeout lines";
        return Optional.of(new Finding(Issue.API_TIMEOUT, TargetContext.lines(reports), signals,
                TargetContext.newest(reports), summary, affected, "configuration", Fix.RAISE_TIMEOUT,
                ESTIMATED_FIX_SECONDS, Evidences.of(reports, signals)));
    }
}
