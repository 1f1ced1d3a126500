package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReadings;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Fix;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.domain.Dependency;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.Finding;
import io.selfhealing.rootcause.domain.LineFacts;
import io.selfhealing.rootcause.domain.Signal;
import io.selfhealing.rootcause.domain.TargetContext;
import io.selfhealing.rootcause.domain.attribution.Attribution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Timeouts of a target calling a declared upstream service that answers slowly (its probe latency
 * is at least {@code slowLatency}, it is not CRITICAL): the caller's timeout is too short for the
 * upstream's current latency. A timeout is counted for the dependency it names (URL, host:port);
 * a line that names a fast dependency, a database, a cache or a broker, or that waits for a free
 * pooled connection (the pool, not the upstream, is what is slow) does not count. A line that names
 * nothing counts for the slow upstreams by share: fully when the target declares one upstream,
 * partly when it declares several; a line that names an undeclared place (a kubelet probe of the
 * target itself, an IP the targets file does not list) does not count. When no line names the slow
 * upstream the finding is tentative (kept below the auto-fix threshold): a timeout that names
 * nothing may as well be a database or pool timeout of a dependency the targets file omits.
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
        List<Dependency> upstreams = context.dependencies().stream().filter(d -> !d.isResource() && !d.isDatabase())
                .toList();
        Map<Dependency, Long> slow = new LinkedHashMap<>();
        for (Dependency d : upstreams) {
            if (d.health() != null && d.health().status() != HealthStatus.CRITICAL) {
                HealthReadings.maxLatencyMs(d.health()).filter(ms -> ms >= slowLatency.toMillis())
                        .ifPresent(ms -> slow.put(d, ms));
            }
        }
        List<ErrorDetected> named = new ArrayList<>();
        java.util.Set<Dependency> namedSlow = new java.util.HashSet<>();
        List<ErrorDetected> unnamed = new ArrayList<>();
        for (ErrorDetected e : context.errors(e -> Category.TIMEOUT.equals(e.category()))) {
            LineFacts facts = context.factsOf(e);
            Optional<Attribution.Match> match = context.attribution(e);
            if (facts.poolWait() || (facts.about() != null && !LineFacts.HTTP.equals(facts.about()))) {
                continue;
            }
            if (match.isPresent()) {
                if (slow.containsKey(match.get().dependency())) {
                    named.add(e);
                    namedSlow.add(match.get().dependency());
                }
            } else if (!context.namesElsewhere(e)) {
                unnamed.add(e);
            }
        }
        if (slow.isEmpty() || named.isEmpty() && unnamed.isEmpty()) {
            return Optional.empty();
        }
        double share = named.isEmpty() ? (double) slow.size() / upstreams.size() : 1.0;
        List<Signal> signals = new ArrayList<>();
        List<String> affected = new ArrayList<>(List.of(context.targetId()));
        slow.forEach((d, ms) -> {
            if (!named.isEmpty() && !namedSlow.contains(d)) {
                return;
            }
            signals.add(new Signal("upstream_latency", WEIGHT, share * ms / (2.0 * slowLatency.toMillis()),
                    "upstream " + d.id() + " probe latency " + ms + " ms (slow from " + slowLatency.toMillis()
                            + " ms)" + (named.isEmpty() ? "; the timeout lines name no dependency" : ""), ms));
            affected.add(d.id());
        });
        List<ErrorDetected> reports = new ArrayList<>(named);
        reports.addAll(unnamed);
        String summary = context.targetId() + " times out calling " + String.join(", ", affected.subList(1,
                affected.size())) + ", whose latency went up: " + TargetContext.lines(reports) + " timeout lines";
        return Optional.of(new Finding(Issue.API_TIMEOUT, TargetContext.lines(reports), signals,
                TargetContext.newest(reports), summary, affected, "configuration", Fix.RAISE_TIMEOUT,
                ESTIMATED_FIX_SECONDS, Evidences.of(reports, signals, context), Evidences.templateIds(reports),
                named.isEmpty()));
    }
}
