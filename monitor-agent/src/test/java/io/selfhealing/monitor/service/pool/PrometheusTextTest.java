package io.selfhealing.monitor.service.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static List<Sample> all(String text) {
        return PrometheusText.parse(text, Set.of()).samples();
    }

    @Test
    void readsEachVerifiedLibrarysPageWithItsLabels() {
        List<Sample> hikari = PrometheusText.parse(Expositions.HIKARI,
                Set.of("hikaricp_connections_active", "hikaricp_connections_max")).samples();
        assertEquals(4, hikari.size());
        assertEquals(new Sample("hikaricp_connections_active", Map.of("application", "orders", "pool", "reporting"),
                19.0), hikari.get(1));
        assertEquals(5, all(Expositions.GO_SQL).size());
        assertEquals(3, all(Expositions.R2DBC).size());
        assertEquals(new Sample("pg_pool_max", Map.of("host", "db.internal:5432", "database", "shop"), 10),
                all(Expositions.NODE_PG).get(0));
        assertEquals(0, PrometheusText.parse(Expositions.HIKARI + Expositions.R2DBC, Set.of()).badLines());
    }

    @Test
    void unescapesLabelValuesAndKeepsUnknownEscapesAsWritten() {
        Sample s = all("x{path=\"C:\\\\dir\",msg=\"say \\\"hi\\\"\\nbye\",odd=\"a\\tb\",empty=\"\"} 1\n").get(0);
        assertEquals("C:\\dir", s.labels().get("path"));
        assertEquals("say \"hi\"\nbye", s.labels().get("msg"));
        assertEquals("a\\tb", s.labels().get("odd"));
        assertEquals("", s.labels().get("empty"));
    }

    @Test
    void readsSpecialValuesAndIgnoresTimestampsAndExemplars() {
        List<Sample> samples = all("""
                a NaN
                b +Inf
                c -Inf 1700000000000
                d 1.5e3 1700000000.123 # {trace_id="4bf92f"} 1.0 1700000000.1
                e{le="0.5"} .5 # {trace_id="x"} 0.4
                f\t2\r
                {"hikaricp.connections.active", pool="p"} 3
                """);
        assertTrue(Double.isNaN(samples.get(0).value()));
        assertEquals(Double.POSITIVE_INFINITY, samples.get(1).value());
        assertEquals(Double.NEGATIVE_INFINITY, samples.get(2).value());
        assertEquals(1500.0, samples.get(3).value());
        assertEquals(0.5, samples.get(4).value());
        assertEquals(2.0, samples.get(5).value());
        assertEquals(new Sample("hikaricp.connections.active", Map.of("pool", "p"), 3), samples.get(6));
    }

    @Test
    void countsGarbageLinesWithoutLosingTheGoodOnes() {
        PrometheusText.Parsed parsed = PrometheusText.parse("""
                <html><body>Whitelabel Error Page</body></html>
                good{pool="p"} 1
                unclosed{pool="p" 3
                unquoted{pool=p} 3
                twice{pool="a",pool="b"} 3
                suffix 1d
                hex 0x10
                words abc
                extra 1 2 3
                novalue{pool="p"}
                space {pool="p"} 1
                9starts_with_digit 1
                """, Set.of());
        assertEquals(List.of(new Sample("good", Map.of("pool", "p"), 1)), parsed.samples());
        assertEquals(11, parsed.badLines());
    }

    @Test
    void keepsOnlyTheWantedFamilies() {
        PrometheusText.Parsed parsed = PrometheusText.parse(Expositions.HIKARI + "garbage here\n",
                Set.of("hikaricp_connections_pending"));
        assertEquals(2, parsed.samples().size());
        assertTrue(parsed.samples().stream().allMatch(s -> s.name().equals("hikaricp_connections_pending")));
        assertEquals(0, parsed.badLines(), "lines of other families are not read");
    }

    @Test
    void readsSeriesSelectorsAndRefusesMalformedOnes() {
        assertEquals(new Series("agroal_active_count", Map.of()), PrometheusText.series(" agroal_active_count "));
        assertEquals(new Series("db_client_connection_count", Map.of("state", "used")),
                PrometheusText.series("db_client_connection_count{state=\"used\"}"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.series("a{state=used}"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.series("a b"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.series(""));
    }
}
