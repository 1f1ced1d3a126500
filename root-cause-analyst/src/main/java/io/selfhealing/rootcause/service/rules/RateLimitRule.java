package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.Evidence;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Fix;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.Finding;
import io.selfhealing.rootcause.domain.TargetContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP 429 / Too Many Requests from an upstream: the caller is rate limited. Confidence from the
 * lines alone (the target's own readiness is shown as evidence but does not count: it is DOWN
 * because of the 429s, not independently of them).
 */
public class RateLimitRule implements DiagnosisRule {

    private static final int ESTIMATED_FIX_SECONDS = 150;

    @Override
    public Optional<Finding> diagnose(TargetContext context) {
        List<ErrorDetected> reports = context.errorsIn(Set.of(Category.RATE_LIMIT));
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        long lines = TargetContext.lines(reports);
        double rate = reports.stream().mapToDouble(ErrorDetected::ratePerMinute).sum();
        List<Evidence> evidence = new ArrayList<>(Evidences.of(reports, List.of()));
        if (context.health() != null && context.health().status() != HealthStatus.HEALTHY) {
            evidence.add(new Evidence("health", "target health " + context.health().status(), 0));
        }
        String summary = "Upstream rejects calls with 429 Too Many Requests: " + context.targetId()
                + " calls faster than the upstream's rate limit (" + lines + " lines, " + Math.round(rate) + "/min)";
        return Optional.of(new Finding(Issue.RATE_LIMITING, lines, List.of(), TargetContext.newest(reports), summary,
                List.of(context.targetId(), "upstream"), "configuration", Fix.INCREASE_DELAY, ESTIMATED_FIX_SECONDS,
                evidence, Evidences.templateIds(reports)));
    }
}
