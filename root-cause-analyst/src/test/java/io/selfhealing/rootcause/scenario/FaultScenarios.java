package io.selfhealing.rootcause.scenario;

import static io.selfhealing.rootcause.scenario.FaultScenario.none;
import static io.selfhealing.rootcause.scenario.FaultScenario.of;

import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.scenario.FaultScenario.Repo;
import java.util.List;
import java.util.Map;

/** The table: fault patterns across the issue types, and the decoys that must not be "fixed". */
public final class FaultScenarios {

    static final String POOL_TIMEOUT = "HikariPool-1 - Connection is not available, request timed out after <*>ms";

    public static final List<FaultScenario> ALL = List.of(
            of("sustained 429s", "sc01-app", List.of(), Repo.NONE,
                    f -> f.error(Category.RATE_LIMIT, "<*> 429 Too Many Requests", 6),
                    Issue.RATE_LIMITING, 85, 85, "configuration"),
            of("burst of three 429s stays below the threshold", "sc02-app", List.of(), Repo.NONE,
                    f -> f.error(Category.RATE_LIMIT, "<*> 429 Too Many Requests", 3),
                    Issue.RATE_LIMITING, 71, 71, "configuration"),
            of("decoy: a single 429 in an hour is no auto-fixable diagnosis", "sc03-app", List.of(), Repo.NONE,
                    f -> f.error(Category.RATE_LIMIT, "<*> 429 Too Many Requests", 1, 1.0 / 60),
                    Issue.RATE_LIMITING, 0, 84, "configuration"),
            of("429 flood from two upstream endpoints", "sc04-app", List.of(), Repo.NONE, f -> {
                f.error(Category.RATE_LIMIT, "GET /orders <*> 429 Too Many Requests", 10);
                f.error(Category.RATE_LIMIT, "GET /stock <*> 429 Too Many Requests", 10);
            }, Issue.RATE_LIMITING, 95, 97, "configuration"),
            of("decoy: database outage escalates, never a pool change", "sc05-app", List.of("sc05-db:postgresql"),
                    Repo.NONE, f -> {
                        f.health("sc05-db", "postgresql", "CRITICAL", List.of(check("connect", "CRITICAL", 3L,
                                Map.of("error", "Connection refused"))));
                        f.error(Category.CONNECTION, "Connection to <*> refused", 4);
                    }, Issue.DEPENDENCY_DOWN, 85, 97, "escalate"),
            of("decoy: database outage that looks like pool timeouts", "sc06-app", List.of("sc06-db:postgresql"),
                    Repo.NONE, f -> {
                        f.error(Category.DATABASE, POOL_TIMEOUT, 6);
                        f.health("sc06-db", "postgresql", "CRITICAL", List.of(check("connect", "CRITICAL", 3L,
                                Map.of("error", "the database system is shutting down"))));
                    }, Issue.DEPENDENCY_DOWN, 85, 97, "escalate"),
            of("pool exhausted while the database is healthy", "sc07-app", List.of("sc07-db:postgresql"), Repo.NONE,
                    f -> {
                        f.health("sc07-db", "postgresql", "HEALTHY", List.of(check("connect", "HEALTHY", 2L, Map.of())));
                        f.health("sc07-app", "http", "WARNING", List.of(check("pool", "WARNING", null,
                                Map.of("poolActive", 20, "poolMax", 20))));
                        f.error(Category.DATABASE, POOL_TIMEOUT, 5);
                    }, Issue.DB_POOL_EXHAUSTED, 85, 97, "configuration"),
            none("decoy: pool timeouts while the database has not reported", "sc08-app",
                    List.of("sc08-db:postgresql"), Repo.NONE, f -> f.error(Category.DATABASE, POOL_TIMEOUT, 8)),
            of("timeouts while the upstream got slow", "sc09-app", List.of("sc09-api:http"), Repo.NONE, f -> {
                f.health("sc09-api", "http", "WARNING", List.of(check("http", "WARNING", 2500L, Map.of())));
                f.error(Category.TIMEOUT, "Read timed out calling http://sc09-api/<*>", 4);
            }, Issue.API_TIMEOUT, 85, 97, "configuration"),
            none("decoy: timeouts while the upstream answers fast", "sc10-app", List.of("sc10-api:http"), Repo.NONE,
                    f -> {
                        f.health("sc10-api", "http", "HEALTHY", List.of(check("http", "HEALTHY", 30L, Map.of())));
                        f.error(Category.TIMEOUT, "Read timed out calling <*>", 4);
                    }),
            of("upstream API down", "sc11-app", List.of("sc11-api:http"), Repo.NONE, f -> {
                f.health("sc11-api", "http", "CRITICAL", List.of(check("http", "CRITICAL", 1000L,
                        Map.of("error", "connection refused"))));
                f.error(Category.CONNECTION, "I/O error on POST <*>: Connection refused", 3);
            }, Issue.DEPENDENCY_DOWN, 85, 97, "escalate"),
            of("memory critical and OOMKilled", "sc12-app", List.of(), Repo.NONE,
                    f -> f.health("sc12-app", "process", "CRITICAL", List.of(
                            check("memory", "CRITICAL", null, Map.of("rssMb", 2048.0)),
                            check("container", "CRITICAL", null, Map.of("OOMKilled", true)))),
                    Issue.OVERLOAD, 80, 97, "infrastructure"),
            of("host CPU critical and out-of-memory errors", "sc13-app", List.of("sc13-host:host"), Repo.NONE, f -> {
                f.health("sc13-host", "host", "CRITICAL", List.of(check("cpu", "CRITICAL", null,
                        Map.of("cpuPercent", 99.0))));
                f.error(Category.MEMORY, "java.lang.OutOfMemoryError: Java heap space", 3);
            }, Issue.OVERLOAD, 80, 97, "infrastructure"),
            none("decoy: CPU critical without any memory kill", "sc14-app", List.of(), Repo.NONE,
                    f -> f.health("sc14-app", "host", "CRITICAL", List.of(check("cpu", "CRITICAL", null,
                            Map.of("cpuPercent", 97.0))))),
            of("missing key right after a config commit", "sc15-app", List.of(), Repo.RECENT_COMMIT,
                    f -> f.error(Category.CONFIG, "Missing key <*> in configuration", 3),
                    Issue.CONFIGURATION_ERROR, 85, 97, "configuration"),
            none("decoy: config errors long after the last commit", "sc16-app", List.of(), Repo.OLD_COMMIT,
                    f -> f.error(Category.CONFIG, "Missing key <*> in configuration", 3)));

    private FaultScenarios() {
    }

    static FaultScenario.Check check(String name, String status, Long latencyMs, Map<String, Object> details) {
        return new FaultScenario.Check(name, status, latencyMs, details);
    }
}
