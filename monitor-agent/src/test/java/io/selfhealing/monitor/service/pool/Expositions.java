package io.selfhealing.monitor.service.pool;

/** Metrics pages as the verified exporters write them (names from each library's source). */
final class Expositions {

    /** HikariCP's MicrometerMetricsTracker on Micrometer's Prometheus registry (simpleclient: trailing comma). */
    static final String HIKARI = """
            # HELP hikaricp_connections_active Active connections
            # TYPE hikaricp_connections_active gauge
            hikaricp_connections_active{application="orders",pool="HikariPool-1",} 7.0
            hikaricp_connections_active{application="orders",pool="reporting",} 19.0
            # HELP hikaricp_connections_max Max connections
            # TYPE hikaricp_connections_max gauge
            hikaricp_connections_max{application="orders",pool="HikariPool-1",} 10.0
            hikaricp_connections_max{application="orders",pool="reporting",} 20.0
            # HELP hikaricp_connections_pending Pending threads
            # TYPE hikaricp_connections_pending gauge
            hikaricp_connections_pending{application="orders",pool="HikariPool-1",} 0.0
            hikaricp_connections_pending{application="orders",pool="reporting",} 3.0
            # TYPE hikaricp_connections_acquire_seconds summary
            hikaricp_connections_acquire_seconds_count{application="orders",pool="HikariPool-1",} 1234.0
            jvm_threads_live_threads{application="orders",} 42.0
            """;

    /** prometheus/client_golang collectors.NewDBStatsCollector, one pool unlimited (max_open 0). */
    static final String GO_SQL = """
            # HELP go_sql_in_use_connections The number of connections currently in use.
            # TYPE go_sql_in_use_connections gauge
            go_sql_in_use_connections{db_name="orders"} 4
            go_sql_in_use_connections{db_name="cache"} 2
            # HELP go_sql_max_open_connections Maximum number of open connections to the database.
            # TYPE go_sql_max_open_connections gauge
            go_sql_max_open_connections{db_name="orders"} 5
            go_sql_max_open_connections{db_name="cache"} 0
            # HELP go_sql_wait_count_total The total number of connections waited for.
            # TYPE go_sql_wait_count_total counter
            go_sql_wait_count_total{db_name="orders"} 17
            """;

    /** Spring Boot's r2dbc ConnectionPoolMetrics (base unit "connections") in OpenMetrics text. */
    static final String R2DBC = """
            # TYPE r2dbc_pool_acquired_connections gauge
            # UNIT r2dbc_pool_acquired_connections connections
            # HELP r2dbc_pool_acquired_connections Size of successfully acquired connections which are in active use.
            r2dbc_pool_acquired_connections{name="connectionFactory"} 10.0
            # TYPE r2dbc_pool_max_allocated_connections gauge
            r2dbc_pool_max_allocated_connections{name="connectionFactory"} 10.0
            # TYPE r2dbc_pool_pending_connections gauge
            r2dbc_pool_pending_connections{name="connectionFactory"} 42.0
            # EOF
            """;

    /** node-postgres-prometheus-exporter (prom-client) for a pg.Pool. */
    static final String NODE_PG = """
            # HELP pg_pool_max The maximum size of the connection pool.
            # TYPE pg_pool_max gauge
            pg_pool_max{host="db.internal:5432",database="shop"} 10
            # HELP pg_pool_active_connections The total number of active connections.
            # TYPE pg_pool_active_connections gauge
            pg_pool_active_connections{host="db.internal:5432",database="shop"} 3
            pg_pool_waiting_connections{host="db.internal:5432",database="shop"} 0
            """;

    /**
     * OpenTelemetry's db.client.connection.* conventions through a Prometheus exporter (attributes with
     * dots to underscores, scope labels on every series).
     */
    static final String OTEL = """
            # TYPE db_client_connection_count gauge
            db_client_connection_count{db_client_connection_pool_name="orders",db_client_connection_state="used",otel_scope_name="io.opentelemetry.hikaricp-3.0"} 9
            db_client_connection_count{db_client_connection_pool_name="orders",db_client_connection_state="idle",otel_scope_name="io.opentelemetry.hikaricp-3.0"} 1
            # TYPE db_client_connection_max gauge
            db_client_connection_max{db_client_connection_pool_name="orders",otel_scope_name="io.opentelemetry.hikaricp-3.0"} 10
            # TYPE db_client_connection_pending_requests gauge
            db_client_connection_pending_requests{db_client_connection_pool_name="orders",otel_scope_name="io.opentelemetry.hikaricp-3.0"} 2
            """;

    /** The same conventions before 1.25 (db.client.connections.*, attributes pool.name and state). */
    static final String OTEL_1_24 = """
            db_client_connections_usage{pool_name="HikariPool-1",state="idle"} 8
            db_client_connections_usage{pool_name="HikariPool-1",state="used"} 2
            db_client_connections_max{pool_name="HikariPool-1"} 10
            db_client_connections_pending_requests{pool_name="HikariPool-1"} 0
            """;

    private Expositions() {
    }
}
