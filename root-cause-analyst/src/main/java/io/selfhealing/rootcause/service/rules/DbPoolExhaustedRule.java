package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReadings;
import io.selfhealing.events.HealthReported;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Database connection errors with a pool-exhausted signal (pool usage near 100 % in the target's
 * health, or lines saying a connection could not be taken from a database pool) while the
 * database itself is healthy: the pool is too small. A pool is a database pool only when the line
 * says so (HikariPool, QueuePool, JDBC, a driver...) or when the line names no kind and the target
 * declares a database: urllib3's {@code HTTPSConnectionPool} or Apache HttpClient's pool is not.
 * Lines about another declared dependency or another kind of resource do not count. Never when a
 * declared database is CRITICAL or has not reported in the window (a pool timeout is also what a
 * dead database looks like).
 */
public class DbPoolExhaustedRule implements DiagnosisRule {

    private static final Set<String> CATEGORIES = Set.of(Category.DATABASE, Category.CONNECTION);
    private static final Set<String> OTHER_KINDS = Set.of(LineFacts.HTTP, LineFacts.REDIS, LineFacts.KAFKA);
    private static final int ESTIMATED_FIX_SECONDS = 180;

    @Override
    public Optional<Finding> diagnose(TargetContext context) {
        List<Dependency> databases = context.dependencies().stream().filter(Dependency::isDatabase).toList();
        boolean dbUnhealthyOrUnknown = databases.stream().anyMatch(d -> d.health() == null
                || d.health().status() == HealthStatus.CRITICAL || d.health().status() == HealthStatus.UNKNOWN);
        List<ErrorDetected> reports = context.errors(e -> (CATEGORIES.contains(e.category())
                || context.factsOf(e).poolWait()) && aboutADatabase(e, context, !databases.isEmpty()));
        if (reports.isEmpty() || dbUnhealthyOrUnknown) {
            return Optional.empty();
        }
        List<Signal> signals = new ArrayList<>();
        long poolLines = TargetContext.lines(reports.stream().filter(e -> context.factsOf(e).poolWait()).toList());
        if (poolLines > 0) {
            signals.add(new Signal("pool_timeout_lines", 0.5, (double) poolLines / TargetContext.lines(reports),
                    poolLines + " lines say no connection could be taken from the database pool", poolLines));
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
                ESTIMATED_FIX_SECONDS, Evidences.of(reports, signals, context), Evidences.templateIds(reports)));
    }

    /** The line names a database, or names no other kind nor a non-database dependency while the target declares one. */
    private static boolean aboutADatabase(ErrorDetected e, TargetContext context, boolean declaresDatabase) {
        LineFacts facts = context.factsOf(e);
        Optional<Dependency> named = context.attribution(e).map(m -> m.dependency());
        if (named.isPresent()) {
            return named.get().isDatabase();
        }
        if (facts.about() != null) {
            return facts.aboutDatabase();
        }
        return declaresDatabase;
    }

    /** Pool usage from 80 % (strength 0) to 100 % (strength 1). */
    private static Optional<Signal> usage(HealthReported health) {
        return Optional.ofNullable(health).flatMap(HealthReadings::poolUsagePercent).filter(p -> p >= 90)
                .map(p -> new Signal("pool_usage", 0.6, (p - 80) / 20, "connection pool usage " + Math.round(p) + " %",
                        p));
    }
}
