package io.selfhealing.rootcause.domain.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.rootcause.domain.Dependency;
import io.selfhealing.rootcause.domain.Endpoint;
import io.selfhealing.rootcause.domain.LineFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionTest {

    private final LineReader reader = new LineReader();
    private final List<Dependency> deps = List.of(
            new Dependency("partner-api", "http", null, Map.of("url", "https://api.partner.example/health")),
            new Dependency("orders-db", "postgresql", null, Map.of("url", "jdbc:postgresql://10.0.0.5:5432/orders")),
            new Dependency("cache", "redis", null, Map.of("host", "127.0.0.1", "port", 6379)),
            new Dependency("inventory", "http", null, Map.of("url", "http://127.0.0.1:8081/q/health")));

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.partner.example', port=443): Read timed out. (read timeout=5)|partner-api",
        "psycopg2.OperationalError: connection to server at \"10.0.0.5\", port 5432 failed: Connection refused|orders-db",
        "redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379. Connection refused.|cache",
        "Get \"http://127.0.0.1:8081/api/stock\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)|inventory",
        "2026/01/05 10:00:01 [error] 31#31: *1 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.1, server: shop, request: \"GET /api HTTP/1.1\", upstream: \"http://127.0.0.1:8081/api\", host: \"localhost:8080\"|inventory",
        "java.net.SocketTimeoutException: failed to connect to api.partner.example/93.184.216.34 (port 443) from /10.0.0.9 (port 51234) after 10000ms|partner-api",
        "org.postgresql.util.PSQLException: Connection to 10.0.0.5:5432 refused. Check that the hostname and port are correct|orders-db",
    })
    void namesTheDependencyTheLineIsAbout(String line, String dependency) {
        assertEquals(Optional.of(dependency), Attribution.of(reader.read(line), line, deps)
                .map(m -> m.dependency().id()));
    }

    @Test
    void aLineThatNamesNothingDeclaredIsNotAttributed() {
        String line = "2026-01-05 10:00:01 ERROR c.e.Job - java.net.SocketTimeoutException: Read timed out";
        assertTrue(Attribution.of(reader.read(line), line, deps).isEmpty());
        String elsewhere = "ConnectTimeoutError: Connect to other.example.com:443 failed";
        assertTrue(Attribution.of(reader.read(elsewhere), elsewhere, deps).isEmpty());
        String time = "10:00:01 ERROR at 12:30:45 something failed";
        assertEquals(List.of(), reader.read(time).endpoints());
    }

    @Test
    void aPoolIsADatabasePoolOnlyWhenTheLineSaysSo() {
        LineFacts urllib3 = reader.read("urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='x.example', "
                + "port=443): Read timed out. (read timeout=10)");
        assertEquals(LineFacts.HTTP, urllib3.about());
        assertFalse(urllib3.poolWait(), "a read timeout over a pooled connection is no wait for the pool");
        LineFacts apache = reader.read("org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for "
                + "connection from pool");
        assertEquals(LineFacts.HTTP, apache.about());
        assertTrue(apache.poolWait());
        LineFacts hikari = reader.read("java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not "
                + "available, request timed out after 30000ms.");
        assertTrue(hikari.aboutDatabase() && hikari.poolWait());
        LineFacts queuePool = reader.read("sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, "
                + "connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)");
        assertTrue(queuePool.aboutDatabase() && queuePool.poolWait());
        assertEquals(null, reader.read("worker thread pool exhausted: rejecting task").about());
    }

    @Test
    void readsExceptionsExitCodesAndLoopbackPorts() {
        LineFacts f = reader.read("Caused by: org.postgresql.util.PSQLException: FATAL: database \"orders\" does not "
                + "exist; process exited with code 3");
        assertEquals(List.of("org.postgresql.util.PSQLException"), f.exceptions());
        assertEquals(List.of(3), f.exitCodes());
        assertTrue(f.names().contains("orders"));
        assertEquals(List.of(new Endpoint("localhost", 9092), new Endpoint("127.0.0.1", 9092)), reader.read("Connection to node -1 "
                + "(localhost/127.0.0.1:9092) could not be established. Broker may not be available.").endpoints());
        assertEquals(List.of(1), reader.read("orders.service: Main process exited, code=exited, status=1/FAILURE")
                .exitCodes());
    }
}
