package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReadings;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Fix;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.Finding;
import io.selfhealing.rootcause.domain.Signal;
import io.selfhealing.rootcause.domain.TargetContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CPU or memory CRITICAL (the target's own health, or a host/process it declares) together with a
 * kill for memory: OOMKilled in a health report or out-of-memory lines in the log. More load than
 * the instance can carry: restart / scale out.
 */
public class OverloadRule implements DiagnosisRule {

    private static final int ESTIMATED_FIX_SECONDS = 300;

    @Override
    public Optional<Finding> diagnose(TargetContext context) {
        List<HealthReported> health = context.healthOf(d -> d.isResource());
        List<Signal> resources = new ArrayList<>();
        for (HealthReported h : health) {
            for (String check : List.of("cpu", "memory")) {
                HealthReadings.check(h, check, HealthStatus.CRITICAL).ifPresent(c -> resources.add(new Signal(
                        check + "_critical", 0.5, 1.0, h.header().targetId() + " " + check + " CRITICAL "
                        + c.details(), HealthReadings.metric(h, check + "Percent").orElse(0.0))));
            }
        }
        List<ErrorDetected> oomLines = context.errorsIn(Set.of(Category.MEMORY));
        List<Signal> signals = new ArrayList<>(resources);
        health.stream().filter(HealthReadings::oomKilled).findFirst().ifPresent(h -> signals.add(new Signal(
                "oom_killed", 0.7, 1.0, h.header().targetId() + " was OOMKilled", 1)));
        boolean killed = signals.size() > resources.size() || !oomLines.isEmpty();
        if (resources.isEmpty() || !killed) {
            return Optional.empty();
        }
        Instant newest = health.stream().map(h -> h.header().occurredAt()).max(Comparator.naturalOrder()).orElse(null);
        Instant newestLine = TargetContext.newest(oomLines);
        if (newestLine != null && (newest == null || newestLine.isAfter(newest))) {
            newest = newestLine;
        }
        String summary = context.targetId() + " is overloaded: " + String.join(", ", resources.stream()
                .map(Signal::name).toList()) + (oomLines.isEmpty() ? "" : ", " + TargetContext.lines(oomLines)
                + " out-of-memory lines") + "; more load than the instance can carry";
        return Optional.of(new Finding(Issue.OVERLOAD, TargetContext.lines(oomLines), signals, newest, summary,
                List.of(context.targetId()), "infrastructure", Fix.SCALE_OUT, ESTIMATED_FIX_SECONDS,
                Evidences.of(oomLines, signals), Evidences.templateIds(oomLines)));
    }
}
