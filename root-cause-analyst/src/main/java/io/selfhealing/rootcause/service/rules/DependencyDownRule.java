package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.domain.Dependency;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.Finding;
import io.selfhealing.rootcause.domain.Signal;
import io.selfhealing.rootcause.domain.TargetContext;
import io.selfhealing.rootcause.domain.attribution.Attribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Connection / database / timeout errors while a declared dependency's own probe is CRITICAL: the
 * dependency is down. No configuration change of the caller fixes that (a larger pool or a longer
 * timeout would only hide it), so the fix category is {@code escalate}. A line that names a
 * healthy dependency is not evidence, nor is a line that names an undeclared place unless it is
 * about the same kind of resource (a database line while the database is down); a line that names
 * the CRITICAL one is full evidence, a line that names nothing counts through timing only (a
 * weaker signal).
 */
public class DependencyDownRule implements DiagnosisRule {

    static final Set<String> CATEGORIES = Set.of(Category.DATABASE, Category.CONNECTION, Category.TIMEOUT,
            Category.DNS, Category.REDIS, Category.KAFKA);
    private static final double WEIGHT = 0.7;
    private static final double UNNAMED_STRENGTH = 0.75;
    private static final int ESTIMATED_FIX_SECONDS = 1800;

    @Override
    public Optional<Finding> diagnose(TargetContext context) {
        List<Dependency> down = context.dependencies().stream().filter(d -> !d.isResource() && d.health() != null
                && d.health().status() == HealthStatus.CRITICAL).toList();
        if (down.isEmpty()) {
            return Optional.empty();
        }
        List<ErrorDetected> reports = new ArrayList<>();
        Set<Dependency> named = new java.util.HashSet<>();
        for (ErrorDetected e : context.errorsIn(CATEGORIES)) {
            Optional<Dependency> about = context.attribution(e).map(Attribution.Match::dependency);
            boolean elsewhere = about.isEmpty() && context.namesElsewhere(e) && down.stream()
                    .noneMatch(d -> d.kind() != null && d.kind().equals(context.factsOf(e).about()));
            if ((about.isEmpty() && !elsewhere) || (about.isPresent() && down.contains(about.get()))) {
                reports.add(e);
                about.ifPresent(named::add);
            }
        }
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        List<Signal> signals = down.stream().map(d -> new Signal("dependency_critical", WEIGHT,
                named.contains(d) ? 1.0 : UNNAMED_STRENGTH, d.type() + " dependency " + d.id() + " probe CRITICAL: "
                + String.join("; ", d.health().reasons()) + (named.contains(d) ? "; the error lines name it" : ""),
                0)).toList();
        List<String> affected = new ArrayList<>(List.of(context.targetId()));
        down.forEach(d -> affected.add(d.id()));
        String what = down.stream().anyMatch(Dependency::isDatabase) ? "database" : down.get(0).type();
        String summary = "Dependency down (" + what + "): " + String.join(", ", affected.subList(1, affected.size()))
                + " is CRITICAL and " + context.targetId() + " logs " + TargetContext.lines(reports)
                + " connection errors; not fixable by the caller's configuration";
        return Optional.of(new Finding(Issue.DEPENDENCY_DOWN, TargetContext.lines(reports), signals,
                TargetContext.newest(reports), summary, affected, "escalate", null, ESTIMATED_FIX_SECONDS,
                Evidences.of(reports, signals, context), Evidences.templateIds(reports)));
    }
}
