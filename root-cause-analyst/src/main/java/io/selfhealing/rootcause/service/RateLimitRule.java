package io.selfhealing.rootcause.service;

import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.Evidence;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.TargetContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** HTTP 429 / Too Many Requests from an upstream: the caller is rate limited. */
public class RateLimitRule implements DiagnosisRule {

    public static final String ISSUE_TYPE = "rate_limiting";
    static final String CATEGORY = "rate_limit";
    static final String SOURCE = "root-cause-analyst";
    private static final int ESTIMATED_FIX_SECONDS = 150;

    @Override
    public Optional<DiagnosisMade> diagnose(ErrorDetected error, TargetContext context) {
        if (!CATEGORY.equals(error.category())) {
            return Optional.empty();
        }
        int confidence = EvidenceConfidence.fromLines(error.windowCount());
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence("log", error.windowCount() + " rate-limit lines in window, template '"
                + error.template() + "'", error.windowCount()));
        evidence.add(new Evidence("rate", "rate-limit lines per minute", error.ratePerMinute()));
        error.samples().stream().limit(2).forEach(s -> evidence.add(new Evidence("sample", s, 0)));
        if (context.latestHealth() != null && context.latestHealth().status() != HealthStatus.HEALTHY) {
            evidence.add(new Evidence("health", "target health " + context.latestHealth().status(), 0));
        }
        String summary = "Upstream rejects calls with 429 Too Many Requests: " + context.targetId()
                + " calls faster than the upstream's rate limit (" + error.windowCount() + " lines, "
                + Math.round(error.ratePerMinute()) + "/min)";
        return Optional.of(new DiagnosisMade(error.header().next(SOURCE), ISSUE_TYPE, confidence, summary,
                List.of(context.targetId(), "upstream"), "configuration", ESTIMATED_FIX_SECONDS, evidence));
    }
}
