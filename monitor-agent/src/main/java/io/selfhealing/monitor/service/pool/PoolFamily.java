package io.selfhealing.monitor.service.pool;

import io.selfhealing.monitor.domain.ProbeSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one pool library reports itself: the series of the connections in use, of the pool's maximum
 * (or a fixed maximum from the targets file) and, when the library has one, of the threads waiting
 * for a connection. Every known family was read off the library's own source (see the README).
 */
public record PoolFamily(String library, Series active, Optional<Series> max, Optional<Double> fixedMax,
        Optional<Series> pending) {

    /** The families of widely used pool libraries, as their Prometheus exporters name them. */
    public static final List<PoolFamily> KNOWN = List.of(
            // HikariCP's MicrometerMetricsTracker (hikaricp.connections.*), tag pool
            known("hikaricp", "hikaricp_connections_active", "hikaricp_connections_max",
                    "hikaricp_connections_pending"),
            // Go database/sql through prometheus/client_golang collectors.NewDBStatsCollector, label db_name;
            // max_open 0 means unlimited: no usage
            known("go-database-sql", "go_sql_in_use_connections", "go_sql_max_open_connections", null),
            // r2dbc-pool through Spring Boot's ConnectionPoolMetrics (r2dbc.pool.*, base unit connections), tag name
            known("r2dbc-pool", "r2dbc_pool_acquired_connections", "r2dbc_pool_max_allocated_connections",
                    "r2dbc_pool_pending_connections"),
            // node-postgres pg.Pool through the pg-prometheus exporter of node-postgres-prometheus-exporter
            known("node-postgres", "pg_pool_active_connections", "pg_pool_max", "pg_pool_waiting_connections"),
            // OpenTelemetry semantic conventions (db.client.connection.*, state attribute) as the OTel Prometheus
            // translation writes them: dots to underscores, the {connection} unit dropped, up-down counters as gauges
            otel("otel-semconv", "db_client_connection_count", "db_client_connection_state",
                    "db_client_connection_max", "db_client_connection_pending_requests"),
            // the same before semantic conventions 1.25 (db.client.connections.*, attribute state), still emitted
            // by instrumentations that keep their first version
            otel("otel-semconv-1.24", "db_client_connections_usage", "state", "db_client_connections_max",
                    "db_client_connections_pending_requests"));

    private static PoolFamily known(String library, String active, String max, String pending) {
        return new PoolFamily(library, Series.of(active), Optional.of(Series.of(max)), Optional.empty(),
                Optional.ofNullable(pending).map(Series::of));
    }

    private static PoolFamily otel(String library, String count, String stateLabel, String max, String pending) {
        return new PoolFamily(library, new Series(count, Map.of(stateLabel, "used")), Optional.of(Series.of(max)),
                Optional.empty(), Optional.of(Series.of(pending)));
    }

    /**
     * The target's own family first ({@code probe.poolActiveMetric} with {@code poolMaxMetric} or a
     * fixed {@code poolMax}, optional {@code poolPendingMetric}), then the known ones.
     *
     * @throws IllegalArgumentException when the settings are incomplete or a series does not parse
     */
    public static List<PoolFamily> forTarget(ProbeSettings settings) {
        List<PoolFamily> families = new ArrayList<>();
        Optional<String> active = settings.string("poolActiveMetric").filter(s -> !s.isBlank());
        Optional<String> max = settings.string("poolMaxMetric").filter(s -> !s.isBlank());
        boolean fixed = settings.string("poolMax").isPresent();
        if (active.isPresent() != (max.isPresent() || fixed) || (max.isPresent() && fixed)) {
            throw new IllegalArgumentException("probe.poolActiveMetric needs exactly one of probe.poolMaxMetric "
                    + "and probe.poolMax (and they need it)");
        }
        if (active.isPresent()) {
            families.add(new PoolFamily("configured", parse("poolActiveMetric", active.get()),
                    max.map(m -> parse("poolMaxMetric", m)),
                    fixed ? Optional.of(settings.doubleValue("poolMax", 0)) : Optional.empty(),
                    settings.string("poolPendingMetric").map(p -> parse("poolPendingMetric", p))));
        }
        families.addAll(KNOWN);
        return families;
    }

    /** Every family name these families read, to skip the rest of a page. */
    public static Set<String> names(List<PoolFamily> families) {
        Set<String> names = new HashSet<>();
        for (PoolFamily f : families) {
            names.add(f.active().name());
            f.max().ifPresent(m -> names.add(m.name()));
            f.pending().ifPresent(p -> names.add(p.name()));
        }
        return names;
    }

    private static Series parse(String key, String text) {
        try {
            return PrometheusText.series(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("probe." + key + " '" + text + "' is not a series ("
                    + e.getMessage() + "); write name or name{label=\"value\"}", e);
        }
    }
}
