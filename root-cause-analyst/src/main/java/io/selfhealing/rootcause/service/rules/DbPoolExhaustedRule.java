package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Fix;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.domain.Dependency;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.Finding;
import io.selfhealing.rootcause.domain.Signal;
import io.selfhealing.rootcause.domain.TargetContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Database connection errors with a pool-exhausted signal (pool usage near 100 % in the target's
 * health, or pool-timeout log lines) while the database itself is healthy: the pool is too small.
 * Never when a declared database is CRITICAL or has not reported in the window (a pool timeout is
 * also what a dead database looks like).
 */
public class DbPoolExhaustedRule implements DiagnosisRule {

    static final Pattern POOL_TEXT = Pattern.compile("(?i)(pool.{0,40}(exhaust|timeout|timed out|not available"
            + "|no available|full))|connection is not available|unable to acquire (jdbc )?connection"
            + "|acquisition timeout|could not obtain connection");
    private static final Set<String> CATEGORIES = Set.of(Category.DATABASE, Category.CONNECTION);
    private static final int ESTIMATED_FIX_SECONDS = 180;

    @Override
    public Optional<Finding> diagnose(TargetContext context) {
        List<ErrorDetected> reports = context.errors(e -> CATEGORIES.contains(e.category()) || poolText(e));
        List<Dependency> databases = context.dependencies().stream().filter(Dependency::isDatabase).toList();
        boolean dbUnhealthyOrUnknown = databases.stream().anyMatch(d -> d.health() == null
                || d.health().status() == HealthStatus.CRITICAL || d.health().status() == HealthStatus.UNKNOWN);
        if (reports.isEmpty() || dbUnhealthyOrUnknown) {
            return Optional.empty();
        }
        List<Signal> signals = new ArrayList<>();
        long poolLines = TargetContext.lines(reports.stream().filter(DbPoolExhaustedRule::poolText).toList());
        if (poolLines > 0) {
            signals.add(new Signal("pool_timeout_lines", 0.5, (double) poolLines / TargetContext.lines(reports),
                    poolLines + " lines say the connection pool had no free connection", poolLines));
        }
        usage(context.health()).ifPresent(signals::add);
        if (signals.isEmpty()) {
            return Optional.empty();
        }
        databases.forEach(d -> signals.add(new Signal("database_healthy", 0.3, 1.0,
                "database " + d.id() + " probe " + d.health().status(), 0)));
        List<String> affected = new ArrayList<>(List.of(context.targetId()));
        databases.forEach(d -> affected.add(d.id()));
        String summary = "Connection pool of " + context.targetId() + " exhausted while the database is reachable: "
                + TargetContext.lines(reports) + " connection errors; the pool is too small for the load";
        return Optional.of(new Finding(Issue.DB_POOL_EXHAUSTED, TargetContext.lines(reports), signals,
                TargetContext.newest(reports), summary, affected, "configuration", Fix.RAISE_POOL_SIZE,
                ESTIMATED_FIX_SECONDS, Evidences.of(reports, signals)));
    }

    /** Pool usage from 80 % (strength 0) to 100 % (strength 1). */
    private static Optional<Signal> usage(HealthReported health) {
        return Optional.ofNullable(health).flatMap(HealthReadings::poolUsagePercent).filter(p -> p >= 90)
                .map(p -> new Signal("pool_usage", 0.6, (p - 80) / 20, "connection pool usage " + Math.round(p) + " %",
                        p));
    }

    static boolean poolText(ErrorDetected e) {
        return POOL_TEXT.matcher(e.template()).find() || e.samples().stream().anyMatch(s -> POOL_TEXT.matcher(s).find());
    }
}
