package io.selfhealing.rootcause.service.rules;

import static io.selfhealing.rootcause.service.Fixtures.NOW;
import static io.selfhealing.rootcause.service.Fixtures.check;
import static io.selfhealing.rootcause.service.Fixtures.error;
import static io.selfhealing.rootcause.service.Fixtures.health;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Fix;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.domain.ConfigCommit;
import io.selfhealing.rootcause.domain.Dependency;
import io.selfhealing.rootcause.domain.Finding;
import io.selfhealing.rootcause.domain.TargetContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static final HealthReported DB_DOWN = health("db", "postgresql", HealthStatus.CRITICAL,
            check("connect", HealthStatus.CRITICAL, 3L, Map.of("error", "Connection refused")));
    private static final HealthReported DB_UP = health("db", "postgresql", HealthStatus.HEALTHY,
            check("connect", HealthStatus.HEALTHY, 3L, Map.of()));
    private static final ErrorDetected POOL_LINES = error("app", Category.DATABASE,
            "HikariPool-1 - Connection is not available, request timed out after <*>ms", 5, NOW);

    @Test
    void databaseOutageIsDependencyDownAndNeverPoolExhausted() {
        TargetContext c = ctx(List.of(POOL_LINES), null, new Dependency("db", "postgresql", DB_DOWN));
        Finding f = new DependencyDownRule().diagnose(c).orElseThrow();
        assertEquals(Issue.DEPENDENCY_DOWN, f.issueType());
        assertEquals("escalate", f.fixCategory());
        assertEquals(null, f.fixHint());
        assertTrue(new DbPoolExhaustedRule().diagnose(c).isEmpty());
    }

    @Test
    void poolExhaustedNeedsAHealthyDatabaseWhenOneIsDeclared() {
        assertTrue(new DbPoolExhaustedRule().diagnose(ctx(List.of(POOL_LINES), null,
                new Dependency("db", "postgresql", null))).isEmpty(), "database health unknown");
        Finding f = new DbPoolExhaustedRule().diagnose(ctx(List.of(POOL_LINES), health("app", "http",
                HealthStatus.WARNING, check("pool", HealthStatus.WARNING, null, Map.of("poolActive", 20, "poolMax", 20))),
                new Dependency("db", "postgresql", DB_UP))).orElseThrow();
        assertEquals(Issue.DB_POOL_EXHAUSTED, f.issueType());
        assertEquals(Fix.RAISE_POOL_SIZE, f.fixHint());
        assertEquals(List.of("pool_timeout_lines", "pool_usage", "database_healthy"),
                f.signals().stream().map(s -> s.name()).toList());
    }

    @Test
    void plainDatabaseErrorsWithoutPoolSignalAreNotPoolExhausted() {
        ErrorDetected e = error("app", Category.DATABASE, "ERROR: relation <*> does not exist", 9, NOW);
        assertTrue(new DbPoolExhaustedRule().diagnose(ctx(List.of(e), null,
                new Dependency("db", "postgresql", DB_UP))).isEmpty());
    }

    @Test
    void timeoutsWithASlowUpstreamAreApiTimeoutAndWithoutOneNothing() {
        ErrorDetected t = error("app", Category.TIMEOUT, "Read timed out calling <*>", 4, NOW);
        HealthReported slow = health("up", "http", HealthStatus.WARNING, check("http", HealthStatus.WARNING, 2500L,
                Map.of()));
        Finding f = new ApiTimeoutRule(Duration.ofSeconds(1)).diagnose(ctx(List.of(t), null,
                new Dependency("up", "http", slow))).orElseThrow();
        assertEquals(Issue.API_TIMEOUT, f.issueType());
        assertEquals(Fix.RAISE_TIMEOUT, f.fixHint());
        HealthReported fast = health("up", "http", HealthStatus.HEALTHY, check("http", HealthStatus.HEALTHY, 40L,
                Map.of()));
        assertTrue(new ApiTimeoutRule(Duration.ofSeconds(1)).diagnose(ctx(List.of(t), null,
                new Dependency("up", "http", fast))).isEmpty());
        assertTrue(new ApiTimeoutRule(Duration.ofSeconds(1)).diagnose(ctx(List.of(t), null)).isEmpty());
    }

    @Test
    void overloadNeedsCriticalResourceAndAMemoryKill() {
        HealthReported oom = health("app", "process", HealthStatus.CRITICAL,
                check("memory", HealthStatus.CRITICAL, null, Map.of("rssMb", 2048.0)),
                check("container", HealthStatus.CRITICAL, null, Map.of("OOMKilled", true)));
        Finding f = new OverloadRule().diagnose(ctx(List.of(), oom)).orElseThrow();
        assertEquals(Issue.OVERLOAD, f.issueType());
        assertEquals(0, f.lines());
        HealthReported hot = health("app", "host", HealthStatus.CRITICAL,
                check("cpu", HealthStatus.CRITICAL, null, Map.of("cpuPercent", 99.0)));
        assertTrue(new OverloadRule().diagnose(ctx(List.of(), hot)).isEmpty(), "CPU alone is not overload");
        ErrorDetected outOfMemory = error("app", Category.MEMORY, "java.lang.OutOfMemoryError: Java heap space", 2, NOW);
        assertTrue(new OverloadRule().diagnose(ctx(List.of(outOfMemory), hot)).isPresent());
    }

    @Test
    void configErrorsRightAfterACommitBlameThatCommitAndOtherwiseNot() {
        ErrorDetected missing = error("app", Category.CONFIG, "Missing key <*> in configuration", 3, NOW);
        var rule = new ConfigurationErrorRule(Duration.ofMinutes(15));
        ConfigCommit recent = new ConfigCommit("abc123def4567", NOW.minusSeconds(60), "tune pool");
        Finding f = rule.diagnose(ctx(List.of(missing), null, Optional.of(recent))).orElseThrow();
        assertEquals(Issue.CONFIGURATION_ERROR, f.issueType());
        assertEquals(Fix.REVERT_CONFIG_COMMIT, f.fixHint());
        assertTrue(f.evidence().stream().anyMatch(e -> e.description().startsWith("abc123def4567")));
        ConfigCommit old = new ConfigCommit("abc", NOW.minus(Duration.ofHours(3)), "old");
        assertTrue(rule.diagnose(ctx(List.of(missing), null, Optional.of(old))).isEmpty());
        assertTrue(rule.diagnose(ctx(List.of(missing), null, Optional.empty())).isEmpty());
        ConfigCommit after = new ConfigCommit("abc", NOW.plusSeconds(120), "later");
        assertTrue(rule.diagnose(ctx(List.of(missing), null, Optional.of(after))).isEmpty(), "commit after errors");
    }

    @Test
    void urllib3ReadTimeoutsOfASlowUpstreamAreApiTimeoutNamingItAndNeverAPoolOnATargetWithoutDatabase() {
        String line = "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.partner.example', port=443): "
                + "Read timed out. (read timeout=5)";
        ErrorDetected timeouts = sampled(Category.TIMEOUT, line, 6);
        Dependency partner = new Dependency("partner", "http", health("partner", "http", HealthStatus.WARNING,
                check("http", HealthStatus.WARNING, 3200L, Map.of())), Map.of("url", "https://api.partner.example/ping"));
        TargetContext c = ctx(List.of(timeouts), null, partner);
        assertTrue(new DbPoolExhaustedRule().diagnose(c).isEmpty(), "HTTPSConnectionPool is no database pool");
        Finding f = new ApiTimeoutRule(Duration.ofSeconds(1)).diagnose(c).orElseThrow();
        assertEquals(List.of("app", "partner"), f.affectedComponents());
        assertEquals(List.of(timeouts.templateId()), f.templateIds());
        assertTrue(f.evidence().stream().anyMatch(e -> e.kind().equals("attribution")
                && e.description().contains("partner (host:port api.partner.example:443)")), f.evidence().toString());
    }

    @Test
    void aTimeoutNamingAFastDependencyIsNotBlamedOnAnotherSlowOne() {
        ErrorDetected t = sampled(Category.TIMEOUT, "Get \"http://10.0.0.8:8080/stock\": context deadline exceeded", 6);
        Dependency fast = new Dependency("stock", "http", health("stock", "http", HealthStatus.HEALTHY,
                check("http", HealthStatus.HEALTHY, 20L, Map.of())), Map.of("url", "http://10.0.0.8:8080/health"));
        Dependency slow = new Dependency("billing", "http", health("billing", "http", HealthStatus.WARNING,
                check("http", HealthStatus.WARNING, 4000L, Map.of())), Map.of("url", "http://10.0.0.9:8080/health"));
        assertTrue(new ApiTimeoutRule(Duration.ofSeconds(1)).diagnose(ctx(List.of(t), null, fast, slow)).isEmpty());
    }

    @Test
    void anHttpClientPoolWaitIsNeitherADatabasePoolNorAnUpstreamTimeout() {
        ErrorDetected wait = sampled(Category.TIMEOUT, "org.apache.http.conn.ConnectionPoolTimeoutException: "
                + "Timeout waiting for connection from pool", 8);
        Dependency db = new Dependency("db", "postgresql", DB_UP);
        Dependency slow = new Dependency("up", "http", health("up", "http", HealthStatus.WARNING,
                check("http", HealthStatus.WARNING, 2500L, Map.of())));
        TargetContext c = ctx(List.of(wait), null, db, slow);
        assertTrue(new DbPoolExhaustedRule().diagnose(c).isEmpty());
        assertTrue(new ApiTimeoutRule(Duration.ofSeconds(1)).diagnose(c).isEmpty());
    }

    @Test
    void aCrashLoopRightAfterACommitWithSmallRyeConfigLinesIsAConfigurationErrorAndHealthyTargetsAreNot() {
        ErrorDetected srcfg = sampled(Category.CONFIG, "\tSRCFG00014: The config property orders.url is required but "
                + "it could not be found in any config source", 3);
        ErrorDetected backOff = sampled(Category.CRASH_LOOP, "Back-off restarting failed container app in pod "
                + "orders-5d9c_shop(1f2e)", 4);
        ConfigCommit recent = new ConfigCommit("abc123def4567", NOW.minusSeconds(90), "drop orders.url");
        var rule = new ConfigurationErrorRule(Duration.ofMinutes(15));
        Finding f = rule.diagnose(ctx(List.of(srcfg, backOff), null, Optional.of(recent))).orElseThrow();
        assertEquals(List.of("recent_config_commit", "crash_loop"), f.signals().stream().map(s -> s.name()).toList());
        HealthReported fine = health("app", "http", HealthStatus.HEALTHY, check("http", HealthStatus.HEALTHY, 5L,
                Map.of()));
        assertTrue(rule.diagnose(ctx(List.of(srcfg), fine, Optional.of(recent))).isEmpty(),
                "config words while the target is healthy are a warning");
    }

    @Test
    void aFailingTargetNoRuleExplainsIsAnUnknownToEscalate() {
        ErrorDetected backOff = sampled(Category.CRASH_LOOP, "Back-off restarting failed container app in pod x", 5);
        Finding f = new UnexplainedFailureRule().diagnose(ctx(List.of(backOff), null)).orElseThrow();
        assertEquals(Issue.UNKNOWN, f.issueType());
        assertEquals("escalate", f.fixCategory());
        assertEquals(null, f.fixHint());
        ErrorDetected few = sampled(Category.EXCEPTION, "java.lang.IllegalStateException: boom", 2);
        assertTrue(new UnexplainedFailureRule().diagnose(ctx(List.of(few), health("app", "http",
                HealthStatus.CRITICAL))).isEmpty(), "two lines on a red target are not yet a failure of its own");
    }

    private static ErrorDetected sampled(String category, String line, long count) {
        ErrorDetected e = error("app", category, line, count, NOW);
        return new ErrorDetected(e.header(), category, e.templateId(), line, e.severity(), e.reason(), count, count,
                count * 6.0, NOW, NOW, List.of(line));
    }

    @Test
    void samplesAreTruncated() {
        String longLine = "x".repeat(5000);
        assertTrue(Evidences.truncate(longLine).length() < 400);
    }

    private static TargetContext ctx(List<ErrorDetected> errors, HealthReported own, Dependency... deps) {
        return new TargetContext("app", NOW, Duration.ofMinutes(5), errors, own, List.of(deps), Optional::empty);
    }

    private static TargetContext ctx(List<ErrorDetected> errors, HealthReported own, Optional<ConfigCommit> commit) {
        if (own != null) {
            return new TargetContext("app", NOW, Duration.ofMinutes(5), errors, own, List.of(), () -> commit);
        }
        return new TargetContext("app", NOW, Duration.ofMinutes(5), errors, own, List.of(), () -> commit);
    }
}
