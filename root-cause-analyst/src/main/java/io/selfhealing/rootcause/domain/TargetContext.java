package io.selfhealing.rootcause.domain;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReported;
import java.time.Duration;
import java.time.Instant;
import io.selfhealing.rootcause.domain.attribution.Attribution;
import io.selfhealing.rootcause.domain.attribution.LineReader;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Everything the analyst knows about one target within the time window: the latest error report
 * of each template, what each report's lines are about ({@link LineFacts}, read once), the
 * target's latest health, its declared dependencies with their health, and (looked up only when a
 * rule asks) the last commit to its config file.
 */
public record TargetContext(String targetId, Instant now, Duration window, List<ErrorDetected> errors,
        HealthReported health, List<Dependency> dependencies, Supplier<Optional<ConfigCommit>> configCommit,
        Map<ErrorDetected, LineFacts> facts) {

    private static final LineReader READER = new LineReader();

    public TargetContext {
        errors = List.copyOf(errors);
        dependencies = List.copyOf(dependencies);
        Map<ErrorDetected, LineFacts> read = new IdentityHashMap<>();
        for (ErrorDetected e : errors) {
            read.put(e, facts != null && facts.containsKey(e) ? facts.get(e) : READER.read(text(e)));
        }
        facts = Collections.unmodifiableMap(read);
    }

    public TargetContext(String targetId, Instant now, Duration window, List<ErrorDetected> errors,
            HealthReported health, List<Dependency> dependencies, Supplier<Optional<ConfigCommit>> configCommit) {
        this(targetId, now, window, errors, health, dependencies, configCommit, null);
    }

    /** What the report's lines are about. */
    public LineFacts factsOf(ErrorDetected e) {
        LineFacts f = facts.get(e);
        return f != null ? f : READER.read(text(e));
    }

    /** The declared dependency the report's lines name, if any. */
    public Optional<Attribution.Match> attribution(ErrorDetected e) {
        return Attribution.of(factsOf(e), text(e), dependencies);
    }

    /**
     * The report's lines name a place (host, host:port, URL) that is none of the declared
     * dependencies: they are about something else, not evidence about a declared dependency.
     */
    public boolean namesElsewhere(ErrorDetected e) {
        return !factsOf(e).endpoints().isEmpty() && attribution(e).isEmpty();
    }

    /** A raw sample (the most concrete text) and the template. */
    public static String text(ErrorDetected e) {
        String template = e.template() == null ? "" : e.template();
        return e.samples() == null || e.samples().isEmpty() ? template : e.samples().get(0) + "\n" + template;
    }

    public List<ErrorDetected> errorsIn(Set<String> categories) {
        return errors(e -> categories.contains(e.category()));
    }

    public List<ErrorDetected> errors(Predicate<ErrorDetected> filter) {
        return errors.stream().filter(filter).toList();
    }

    /** Lines of the given reports: the window count of each template's latest report. */
    public static long lines(List<ErrorDetected> reports) {
        return reports.stream().mapToLong(e -> Math.max(0, e.windowCount())).sum();
    }

    /** When the newest of these reports last saw its template. */
    public static Instant newest(List<ErrorDetected> reports) {
        return reports.stream().map(ErrorDetected::lastSeen).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The health reports of the target itself and of the dependencies that match. */
    public List<HealthReported> healthOf(Predicate<Dependency> dependencyFilter) {
        var own = health == null ? java.util.stream.Stream.<HealthReported>empty() : java.util.stream.Stream.of(health);
        var deps = dependencies.stream().filter(dependencyFilter).map(Dependency::health)
                .filter(java.util.Objects::nonNull);
        return java.util.stream.Stream.concat(own, deps).toList();
    }
}
