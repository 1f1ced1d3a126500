package io.selfhealing.monitor.service.probe;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.CheckList;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.Threshold;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A PostgreSQL server over JDBC: {@code SELECT 1} latency (plus the connect time whenever a new
 * connection is opened: one is kept per target between checks, and replaced once when it broke),
 * active vs max connections, replication lag when the server is a standby. Settings: {@code url}
 * ({@code jdbc:postgresql://host:5432/db}), {@code user} (postgres), {@code passwordEnv} (name of
 * the environment variable holding the password: no secret in the targets file). Thresholds:
 * latencyMs (warning above 5000), connectionsPercent (80/90), replicationLagSeconds (30/300).
 */
@Singleton
public class PostgresProbe extends BlockingProbe {

    static final Threshold LATENCY = Threshold.of(5000, Double.POSITIVE_INFINITY);
    static final Threshold CONNECTIONS = Threshold.of(80, 90);
    static final Threshold REPLICATION_LAG = Threshold.of(30, 300);
    private static final String STATS = "SELECT (SELECT count(*) FROM pg_stat_activity), "
            + "current_setting('max_connections')::int, CASE WHEN pg_is_in_recovery() THEN "
            + "EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) END";


    /** One connection per target, kept between checks (a check of a target never runs twice at once). */
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    public PostgresProbe(BlockingChecks blocking) {
        super(blocking);
    }

    @Override
    public String type() {
        return "postgresql";
    }

    @Override
    ProbeResult measure(ProbeContext context) {
        CheckList checks = new CheckList(context);
        long start = System.nanoTime();
        try {
            Connection connection = connections.get(context.target().id());
            boolean reused = connection != null;
            try {
                selectOne(context, reused ? connection : connect(context), reused, start, checks);
            } catch (SQLException stale) {
                if (!reused) {
                    throw stale;
                }
                forget(context.target().id()); // the kept connection died (server restart): one fresh try
                start = System.nanoTime();
                checks = new CheckList(context);
                selectOne(context, connect(context), false, start, checks);
            }
        } catch (SQLException e) {
            forget(context.target().id());
            long latencyMs = (System.nanoTime() - start) / 1_000_000;
            String reason = "postgresql unreachable: " + e.getMessage();
            checks.check("connect", HealthStatus.CRITICAL, latencyMs,
                    Map.of("error", String.valueOf(e.getMessage()), "sqlState", String.valueOf(e.getSQLState())), reason);
        }
        return checks.result();
    }

    private Connection connect(ProbeContext context) throws SQLException {
        Connection connection = DriverManager.getConnection(context.settings().required("url"), properties(context));
        connections.put(context.target().id(), connection);
        return connection;
    }

    private static void selectOne(ProbeContext context, Connection connection, boolean reused, long start,
            CheckList checks) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            long latencyMs = (System.nanoTime() - start) / 1_000_000;
            HealthStatus latency = context.level("latencyMs", latencyMs, LATENCY);
            checks.check("connect", latency, latencyMs, Map.of("query", "SELECT 1", "reused", reused),
                    (reused ? "SELECT 1" : "connect + SELECT 1") + " took " + latencyMs + " ms");
            try (ResultSet rs = statement.executeQuery(STATS)) {
                rs.next();
                int active = rs.getInt(1);
                int max = rs.getInt(2);
                checks.metric("connections", "connectionsPercent", HostProbe.percent(active, max), CONNECTIONS,
                        Map.of("active", active, "max", max));
                double lag = rs.getDouble(3);
                if (!rs.wasNull()) {
                    checks.metric("replication", "replicationLagSeconds", lag, REPLICATION_LAG, Map.of());
                }
            }
        }
    }

    private void forget(String targetId) {
        Connection dead = connections.remove(targetId);
        if (dead != null) {
            try {
                dead.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }

    @PreDestroy
    void close() {
        connections.keySet().forEach(this::forget);
    }

    private static Properties properties(ProbeContext context) {
        Properties p = new Properties();
        p.setProperty("user", context.settings().string("user").orElse("postgres"));
        context.settings().string("passwordEnv").map(System::getenv).ifPresent(pw -> p.setProperty("password", pw));
        String seconds = String.valueOf(Math.max(1, (context.settings().timeout().toMillis() + 999) / 1000));
        p.setProperty("connectTimeout", seconds);
        p.setProperty("socketTimeout", seconds);
        p.setProperty("loginTimeout", seconds);
        p.setProperty("ApplicationName", "monitor-agent");
        return p;
    }
}
