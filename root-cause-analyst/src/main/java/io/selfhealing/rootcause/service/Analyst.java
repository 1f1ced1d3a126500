package io.selfhealing.rootcause.service;

import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReported;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.TargetContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each target's latest health, runs the rules over error reports, and suppresses diagnoses
 * that add nothing: the same (target, issue) is published again only with higher confidence or
 * after {@code rediagnoseAfter}.
 */
public class Analyst {

    private final List<DiagnosisRule> rules;
    private final Duration rediagnoseAfter;
    private final Clock clock;
    private final Map<String, HealthReported> health = new ConcurrentHashMap<>();
    private final Map<String, Published> published = new ConcurrentHashMap<>();

    public Analyst(List<DiagnosisRule> rules, Duration rediagnoseAfter, Clock clock) {
        this.rules = List.copyOf(rules);
        this.rediagnoseAfter = rediagnoseAfter;
        this.clock = clock;
    }

    public void onHealth(HealthReported report) {
        health.merge(report.header().targetId(), report,
                (old, neu) -> neu.header().occurredAt().isBefore(old.header().occurredAt()) ? old : neu);
    }

    public Optional<DiagnosisMade> onError(ErrorDetected error) {
        String target = error.header().targetId();
        TargetContext context = new TargetContext(target, health.get(target));
        return rules.stream()
                .map(rule -> rule.diagnose(error, context))
                .flatMap(Optional::stream)
                .max((a, b) -> Integer.compare(a.confidence(), b.confidence()))
                .filter(this::worthPublishing);
    }

    private boolean worthPublishing(DiagnosisMade diagnosis) {
        String key = diagnosis.header().targetId() + "|" + diagnosis.issueType();
        Instant now = clock.instant();
        Published previous = published.get(key);
        boolean publish = previous == null || diagnosis.confidence() > previous.confidence()
                || previous.at().plus(rediagnoseAfter).isBefore(now);
        if (publish) {
            published.put(key, new Published(diagnosis.confidence(), now));
        }
        return publish;
    }

    private record Published(int confidence, Instant at) {
    }
}
