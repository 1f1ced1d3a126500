package io.selfhealing.e2e;

import static io.selfhealing.e2e.FixScenario.Outcome.applied;
import static io.selfhealing.e2e.FixScenario.Outcome.awaiting;
import static io.selfhealing.e2e.FixScenario.Outcome.escalated;

import io.selfhealing.e2e.FixScenario.Check;
import io.selfhealing.e2e.FixScenario.Declared;
import io.selfhealing.e2e.FixScenario.Kube;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Fix;
import io.selfhealing.events.Vocabulary.Issue;
import java.util.List;
import java.util.Map;

/** The table: fault patterns across the issue types, what fix each one gets, and the decoys. */
final class FixScenarios {

    /** The tunables every fix type of the catalog reads from a config file. */
    static final Map<String, String> APP = Map.of("upstream.delay.ms", "800", "db.pool.max-size", "10",
            "request.timeout.ms", "2000", "batch.size", "10", "feature.flag", "on");
    static final String TOO_MANY = "GET /orders <*> 429 Too Many Requests";
    static final String POOL_TIMEOUT = "HikariPool-1 - Connection is not available, request timed out after <*>ms";
    static final String OOM = "java.lang.OutOfMemoryError: Java heap space";

    /**
     * The kubelet's back-off event for a container of the target's pod, one update of it as
     * {@code kubectl get events --watch} prints it (last seen, type, reason, object, message).
     */
    static final String BACK_OFF = "%-11s Warning   BackOff   pod/%2$s-5d9c7b8f6-q2x7z   Back-off restarting failed "
            + "container app in pod %2$s-5d9c7b8f6-q2x7z_healing-e2e(4a1e0b7c-1d2e-4f3a-9b8c-7d6e5f4a3b2c)";

    static final List<FixScenario> ALL = List.of(
            row("sustained 429s: delay raised by one step in the config repo", "fc01-rate", Declared.config(APP),
                    f -> f.errors(Category.RATE_LIMIT, TOO_MANY, 8), Issue.RATE_LIMITING, 91, 91,
                    applied(Fix.INCREASE_DELAY, "git-config", "upstream.delay.ms", "800", "1200")),
            row("burst of three 429s: the fix waits for a person", "fc02-burst", Declared.config(APP),
                    f -> f.errors(Category.RATE_LIMIT, TOO_MANY, 3), Issue.RATE_LIMITING, 71, 71,
                    awaiting(Fix.INCREASE_DELAY, "git-config", "upstream.delay.ms", "800", "1200", "confidence 71 < 85")),
            row("decoy: a single 429 in an hour is not auto-fixed", "fc03-single", Declared.config(APP),
                    f -> f.errors(Category.RATE_LIMIT, TOO_MANY, 1, 1.0 / 60), Issue.RATE_LIMITING, 0, 84,
                    awaiting(Fix.INCREASE_DELAY, "git-config", "upstream.delay.ms", "800", "1200", "< 85")),
            row("429s with the delay already at its bound: escalated", "fc04-bound",
                    Declared.config(with("upstream.delay.ms", "10000")),
                    f -> f.errors(Category.RATE_LIMIT, TOO_MANY, 8), Issue.RATE_LIMITING, 91, 91,
                    escalated("already at its bound")),
            row("429s on a target tuned by a ConfigMap: key raised in the cluster", "fc05-cm",
                    Declared.kube(new Kube(null, null, null, Map.of("upstream.delay.ms", "500"))),
                    f -> f.errors(Category.RATE_LIMIT, TOO_MANY, 8), Issue.RATE_LIMITING, 91, 91,
                    applied(Fix.INCREASE_DELAY, "k8s-configmap", "upstream.delay.ms", "500", "750")),
            row("decoy: sustained 429s in a maintenance window: silenced, not fixed", "fc06-maint",
                    Declared.config(APP).inMaintenance(), f -> f.errors(Category.RATE_LIMIT, TOO_MANY, 8),
                    Issue.RATE_LIMITING, 91, 91,
                    awaiting(Fix.INCREASE_DELAY, "git-config", "upstream.delay.ms", "800", "1200", "maintenance window")),
            row("pool exhausted while the database is healthy: pool raised", "fc07-pool",
                    Declared.config(APP).dependsOn("fc07-db:postgresql"), f -> {
                        f.health("fc07-db", "postgresql", "HEALTHY", check("connect", "HEALTHY", 2L, Map.of()));
                        f.health("fc07-pool", "http", "WARNING", check("pool", "WARNING", null,
                                Map.of("poolActive", 20, "poolMax", 20)));
                        f.errors(Category.DATABASE, POOL_TIMEOUT, 5);
                    }, Issue.DB_POOL_EXHAUSTED, 85, 97,
                    applied(Fix.RAISE_POOL_SIZE, "git-config", "db.pool.max-size", "10", "15")),
            row("decoy: database outage: escalated, the pool is not touched", "fc08-dbdown",
                    Declared.config(APP).dependsOn("fc08-db:postgresql"), f -> {
                        f.health("fc08-db", "postgresql", "CRITICAL", check("connect", "CRITICAL", 3L,
                                Map.of("error", "Connection refused")));
                        f.errors(Category.CONNECTION, "Connection to <*> refused", 4);
                    }, Issue.DEPENDENCY_DOWN, 85, 97, escalated("escalate: dependency down")),
            row("decoy: database outage that looks like pool timeouts: escalated", "fc09-dbpool",
                    Declared.config(APP).dependsOn("fc09-db:postgresql"), f -> {
                        f.errors(Category.DATABASE, POOL_TIMEOUT, 6);
                        f.health("fc09-db", "postgresql", "CRITICAL", check("connect", "CRITICAL", 3L,
                                Map.of("error", "the database system is shutting down")));
                    }, Issue.DEPENDENCY_DOWN, 85, 97, escalated("escalate: dependency down")),
            row("upstream API down: escalated, the timeout is not touched", "fc10-apidown",
                    Declared.config(APP).dependsOn("fc10-api:http"), f -> {
                        f.health("fc10-api", "http", "CRITICAL", check("http", "CRITICAL", 1000L,
                                Map.of("error", "connection refused")));
                        f.errors(Category.CONNECTION, "I/O error on POST <*>: Connection refused", 3);
                    }, Issue.DEPENDENCY_DOWN, 85, 97, escalated("escalate: dependency down")),
            row("timeouts while the upstream got slow: timeout raised", "fc11-timeout",
                    Declared.config(APP).dependsOn("fc11-api:http"), f -> {
                        f.health("fc11-api", "http", "WARNING", check("http", "WARNING", 2500L, Map.of()));
                        f.errors(Category.TIMEOUT, "Read timed out calling http://fc11-api/<*>", 4);
                    }, Issue.API_TIMEOUT, 85, 97,
                    applied(Fix.RAISE_TIMEOUT, "git-config", "request.timeout.ms", "2000", "3000")),
            row("missing key right after a person's config commit: that commit reverted", "fc12-config",
                    Declared.config(APP).withPersonCommit(),
                    f -> f.errors(Category.CONFIG, "Missing key <*> in configuration", 3),
                    Issue.CONFIGURATION_ERROR, 85, 97,
                    applied(Fix.REVERT_CONFIG_COMMIT, "git-revert", "commit", "{person-commit}", "{initial-commit}")),
            row("crash loop right after a person's config commit, raw Quarkus/SmallRye lines and kubelet events "
                    + "through error-detector: that commit reverted", "fc17-crashloop", Declared.config(APP).withPersonCommit(),
                    f -> {
                        f.logs("app.log", quarkusStartFailures(4, "feature.flag"));
                        f.logs("kubernetes-events", List.of("0s", "1s", "0s", "2s").stream()
                                .map(seen -> BACK_OFF.formatted(seen, "fc17-crashloop")).toList());
                    }, Issue.CONFIGURATION_ERROR, 85, 97,
                    applied(Fix.REVERT_CONFIG_COMMIT, "git-revert", "commit", "{person-commit}", "{initial-commit}"))
                    .naming("could not be found in any config source", "after config commit", "restarting repeatedly"),
            row("Python service without a database: urllib3/requests read timeouts naming its slow HTTP upstream, "
                    + "through error-detector: the timeout raised, never the pool", "fc18-urllib3",
                    Declared.config(APP).dependsOn("fc18-partner:http:https://api.partner.example/health"), f -> {
                        f.health("fc18-partner", "http", "WARNING", check("http", "WARNING", 2600L, Map.of()));
                        f.logs("app.log", urllib3ReadTimeouts(6, "api.partner.example", 2));
                    }, Issue.API_TIMEOUT, 85, 97,
                    applied(Fix.RAISE_TIMEOUT, "git-config", "request.timeout.ms", "2000", "3000"))
                    .naming("http dependency fc18-partner (host:port api.partner.example:443)"),
            row("overload on a scalable Deployment: one replica more", "fc13-scale",
                    Declared.kube(new Kube(2, 1, 4, null)).dependsOn("fc13-host:host"), f -> overload(f, "fc13-host"),
                    Issue.OVERLOAD, 85, 97, applied(Fix.SCALE_OUT, "k8s-scale", "replicas", "2", "3")),
            row("overload on a Deployment without maxReplicas: rolling restart", "fc14-restart",
                    Declared.kube(new Kube(1, null, null, null)).dependsOn("fc14-host:host"), f -> overload(f, "fc14-host"),
                    Issue.OVERLOAD, 85, 97, applied(Fix.RESTART, "k8s-restart", "kubectl.kubernetes.io/restartedAt",
                            "", "{now}")),
            row("overload outside Kubernetes: batch size lowered in the config repo", "fc15-batch",
                    Declared.config(APP).dependsOn("fc15-host:host"), f -> overload(f, "fc15-host"), Issue.OVERLOAD, 85, 97,
                    applied(Fix.REDUCE_BATCH_SIZE, "git-config", "batch.size", "10", "7")),
            row("overload of a target that declares nothing to change: escalated", "fc16-bare",
                    Declared.nothing().dependsOn("fc16-host:host"), f -> overload(f, "fc16-host"), Issue.OVERLOAD, 85, 97,
                    escalated("declares no config location")));

    private FixScenarios() {
    }

    /**
     * A Quarkus 3 service that fails to start on a required property missing, once per restart, as
     * its console log prints it (SmallRye Config lists each problem on a tab-indented line of the
     * {@code ConfigValidationException} message); restarts 10, 20, 40... s apart (the kubelet's back-off).
     */
    static List<String> quarkusStartFailures(int restarts, String property) {
        List<String> lines = new java.util.ArrayList<>();
        java.time.LocalTime at = java.time.LocalTime.of(10, 0, 16, 404_000_000);
        for (int i = 0; i < restarts; i++) {
            String time = "2026-11-30 " + at.plusSeconds(10L * ((1L << i) - 1)).toString().replace('.', ',');
            lines.addAll(List.of(
                    time + " ERROR [io.qua.run.Application] (main) Failed to start application: "
                            + "java.lang.RuntimeException: Failed to start quarkus",
                    "\tat io.quarkus.runner.ApplicationImpl.doStart(Unknown Source)",
                    "\tat io.quarkus.runtime.Application.start(Application.java:101)",
                    "\tat io.quarkus.runtime.ApplicationLifecycleManager.run(ApplicationLifecycleManager.java:119)",
                    "\tat io.quarkus.runner.GeneratedMain.main(Unknown Source)",
                    "Caused by: io.smallrye.config.ConfigValidationException: Configuration validation failed:",
                    "\tSRCFG00014: The config property " + property
                            + " is required but it could not be found in any config source",
                    "\tat io.smallrye.config.ConfigMappings.mapConfiguration(ConfigMappings.java:127)",
                    "\t... 12 more"));
        }
        return lines;
    }

    /**
     * A Python service calling an HTTPS upstream with requests (urllib3 retrying once first), logged
     * with {@code logging}'s "%(asctime)s %(levelname)s [%(name)s] %(message)s".
     */
    static List<String> urllib3ReadTimeouts(int calls, String host, int readTimeoutSeconds) {
        String pool = "HTTPSConnectionPool(host='" + host + "', port=443): Read timed out. (read timeout="
                + readTimeoutSeconds + ")";
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String time = "2026-11-30 10:00:" + String.format("%02d", 5 * i + 1);
            lines.add(time + ",101 WARNING [urllib3.connectionpool] Retrying (Retry(total=0, connect=None, read=None, "
                    + "redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"" + pool
                    + "\")': /v1/quotes");
            lines.add(time + ",113 ERROR [app.client] partner quote failed: " + pool);
        }
        return lines;
    }

    /** Host CPU critical and out-of-memory lines in the target's log. */
    private static void overload(FixScenario.Feed f, String host) {
        f.health(host, "host", "CRITICAL", check("cpu", "CRITICAL", null, Map.of("cpuPercent", 99.0)));
        f.errors(Category.MEMORY, OOM, 5);
    }

    private static FixScenario row(String name, String target, Declared declared,
            java.util.function.Consumer<FixScenario.Feed> events, String issue, int min, int max,
            FixScenario.Outcome outcome) {
        return new FixScenario(name, target, declared, events, issue, min, max, outcome, List.of());
    }

    private static Check check(String name, String status, Long latencyMs, Map<String, Object> details) {
        return new Check(name, status, latencyMs, details);
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> props = new java.util.TreeMap<>(APP);
        props.put(key, value);
        return props;
    }
}
