package io.selfhealing.monitor.service.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.monitor.domain.ProbeSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PoolUsageTest {

    private static Optional<PoolReading> fullest(String page, Map<String, Object> probe) {
        List<PoolFamily> families = PoolFamily.forTarget(new ProbeSettings(probe));
        return PoolUsage.fullest(PrometheusText.parse(page, PoolFamily.names(families)).samples(), families);
    }

    @Test
    void theFullestPoolWinsWithItsOwnMaximumAndWaiters() {
        PoolReading hikari = fullest(Expositions.HIKARI, Map.of()).orElseThrow();
        assertEquals(Map.of("application", "orders", "pool", "reporting"), hikari.pool());
        assertEquals(95.0, hikari.usagePercent(), 1e-9);
        assertEquals(Optional.of(3.0), hikari.pending());
        assertEquals(2, hikari.pools());
        assertEquals("hikaricp", hikari.library());
    }

    @Test
    void aPoolWithoutALimitHasNoUsage() {
        PoolReading go = fullest(Expositions.GO_SQL, Map.of()).orElseThrow();
        assertEquals(Map.of("db_name", "orders"), go.pool());
        assertEquals(80.0, go.usagePercent(), 1e-9);
        assertEquals(1, go.pools(), "cache has max_open 0 (unlimited)");
        assertEquals(Optional.empty(), go.pending());
        assertEquals(Optional.empty(), fullest("go_sql_in_use_connections{db_name=\"x\"} 9\n"
                + "go_sql_max_open_connections{db_name=\"x\"} 0\n", Map.of()));
        assertEquals(Optional.empty(), fullest("hikaricp_connections_active{pool=\"p\"} 9\n"
                + "hikaricp_connections_max{pool=\"p\"} NaN\n", Map.of()));
        assertEquals(Optional.empty(), fullest("hikaricp_connections_active{pool=\"p\"} 9\n", Map.of()),
                "no maximum for the pool");
    }

    @Test
    void readsR2dbcAndNodePostgresPools() {
        PoolReading r2dbc = fullest(Expositions.R2DBC, Map.of()).orElseThrow();
        assertEquals(100.0, r2dbc.usagePercent(), 1e-9);
        assertEquals(Optional.of(42.0), r2dbc.pending());
        PoolReading pg = fullest(Expositions.NODE_PG, Map.of()).orElseThrow();
        assertEquals(30.0, pg.usagePercent(), 1e-9);
        assertEquals(Map.of("host", "db.internal:5432", "database", "shop"), pg.pool());
    }

    @Test
    void readsTheOpenTelemetryConventionsOnlyFromConnectionsInUse() {
        PoolReading current = fullest(Expositions.OTEL, Map.of()).orElseThrow();
        assertEquals(90.0, current.usagePercent(), 1e-9);
        assertEquals(Optional.of(2.0), current.pending());
        assertEquals("orders", current.pool().get("db_client_connection_pool_name"));
        assertEquals(1, current.pools(), "the idle count is not a pool of its own");
        PoolReading old = fullest(Expositions.OTEL_1_24, Map.of()).orElseThrow();
        assertEquals(20.0, old.usagePercent(), 1e-9);
        assertEquals("otel-semconv-1.24", old.library());
    }

    @Test
    void everyFamilyOfAPageCountsAndTheFullestOfAllWins() {
        PoolReading mixed = fullest(Expositions.NODE_PG + Expositions.GO_SQL + Expositions.HIKARI, Map.of())
                .orElseThrow();
        assertEquals("hikaricp", mixed.library());
        assertEquals(4, mixed.pools());
    }

    @Test
    void aConfiguredSeriesWithLabelsJoinsItsMaximumOnThePoolLabels() {
        String otel = """
                db_client_connection_count{pool_name="main",state="used"} 18
                db_client_connection_count{pool_name="main",state="idle"} 2
                db_client_connection_count{pool_name="batch",state="used"} 1
                db_client_connection_max{pool_name="main"} 20
                db_client_connection_max{pool_name="batch"} 4
                """;
        PoolReading reading = fullest(otel, Map.of("poolActiveMetric", "db_client_connection_count{state=\"used\"}",
                "poolMaxMetric", "db_client_connection_max")).orElseThrow();
        assertEquals(Map.of("pool_name", "main"), reading.pool());
        assertEquals(90.0, reading.usagePercent(), 1e-9);
        assertEquals("configured", reading.library());
    }

    @Test
    void aFixedMaximumServesALibraryThatExportsNone() {
        String agroal = """
                agroal_active_count{datasource="default"} 12.0
                agroal_available_count{datasource="default"} 3.0
                agroal_max_used_count{datasource="default"} 15.0
                agroal_awaiting_count{datasource="default"} 4.0
                """;
        PoolReading reading = fullest(agroal, Map.of("poolActiveMetric", "agroal_active_count", "poolMax", 16,
                "poolPendingMetric", "agroal_awaiting_count")).orElseThrow();
        assertEquals(75.0, reading.usagePercent(), 1e-9);
        assertEquals(Optional.of(4.0), reading.pending());
    }

    @Test
    void aSingleUnlabelledMaximumServesEveryPool() {
        PoolReading reading = fullest("active{pool=\"a\"} 2\nactive{pool=\"b\"} 3\nlimit 4\n",
                Map.of("poolActiveMetric", "active", "poolMaxMetric", "limit")).orElseThrow();
        assertEquals(75.0, reading.usagePercent(), 1e-9);
    }

    @Test
    void incompleteOrMalformedSettingsAreRefusedWithTheKeyNamed() {
        assertThrows(IllegalArgumentException.class,
                () -> PoolFamily.forTarget(new ProbeSettings(Map.of("poolActiveMetric", "a"))));
        assertThrows(IllegalArgumentException.class,
                () -> PoolFamily.forTarget(new ProbeSettings(Map.of("poolMaxMetric", "a"))));
        assertThrows(IllegalArgumentException.class, () -> PoolFamily.forTarget(new ProbeSettings(
                Map.of("poolActiveMetric", "a", "poolMaxMetric", "b", "poolMax", 3))));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> PoolFamily.forTarget(
                new ProbeSettings(Map.of("poolActiveMetric", "a{x=1}", "poolMaxMetric", "b"))));
        assertTrue(bad.getMessage().contains("probe.poolActiveMetric"), bad.getMessage());
        assertEquals(Set.of("a", "b", "c"), PoolFamily.names(PoolFamily.forTarget(new ProbeSettings(
                Map.of("poolActiveMetric", "a", "poolMaxMetric", "b", "poolPendingMetric", "c")))).stream()
                .filter(n -> n.length() == 1).collect(java.util.stream.Collectors.toSet()));
    }
}
