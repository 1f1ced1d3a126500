package io.selfhealing.rootcause.domain;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReported;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Everything the analyst knows about one target within the time window: the latest error report
 * of each template, the target's latest health, its declared dependencies with their health, and
 * (looked up only when a rule asks) the last commit to its config file.
 */
public record TargetContext(String targetId, Instant now, Duration window, List<ErrorDetected> errors,
        HealthReported health, List<Dependency> dependencies, Supplier<Optional<ConfigCommit>> configCommit) {

    public TargetContext {
        errors = List.copyOf(errors);
        dependencies = List.copyOf(dependencies);
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
