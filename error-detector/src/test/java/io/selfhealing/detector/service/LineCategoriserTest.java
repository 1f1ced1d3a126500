package io.selfhealing.detector.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.selfhealing.detector.domain.CategoryRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineCategoriserTest {

    private final LineCategoriser categoriser = new LineCategoriser(CategoryRules.defaults());
    private final LineParser parser = new LineParser();

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        // Java (logback / Spring Boot / JUL)
        "rate_limit|2026-01-05 10:00:01,331 ERROR [worker-1] i.s.demo.Worker - upstream call failed: 429 Too Many Requests",
        "rate_limit|2026-01-05T10:00:01.331Z ERROR 4242 --- [nio-8080-exec-1] c.e.Client : HTTP 429 from api.example.com",
        "exception|2026-01-05 10:00:01.331 ERROR [main] c.e.App - java.lang.IllegalStateException: boom",
        "database_error|2026-01-05 10:00:01 ERROR o.h.e.j.s.SqlExceptionHelper - ERROR: duplicate key value violates unique constraint \"users_pkey\"",
        "connection|2026-01-05 10:00:01 WARN  c.e.Db - Connection to 10.0.0.7:5432 refused. Check that the hostname and port are correct",
        "memory|SEVERE: Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
        "dns|2026-01-05 10:00:01 ERROR c.e.Client - java.net.UnknownHostException: api.internal: Name or service not known",
        "tls|2026-01-05 10:00:01 ERROR c.e.Client - javax.net.ssl.SSLHandshakeException: PKIX path building failed",
        "timeout|2026-01-05 10:00:01 ERROR c.e.Client - java.net.SocketTimeoutException: Read timed out",
        "kafka|2026-01-05 10:00:01 WARN  o.a.k.c.NetworkClient - [Producer clientId=p1] Connection to node 1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available.",
        "config|2026-01-05 10:00:01 ERROR o.s.b.SpringApplication - Could not resolve placeholder 'db.url' in value \"${db.url}\"",
        "deadlock|2026-01-05 10:00:01 ERROR c.e.Tx - Deadlock found when trying to get lock; try restarting transaction",
        // Python
        "rate_limit|WARNING:root:openai.RateLimitError: Error code: 429 - rate limit reached for requests",
        "llm_api|ERROR:app.llm:openai.APIConnectionError: upstream model overloaded_error",
        "redis|ERROR:worker:redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.",
        "exception|ValueError: invalid literal for int() with base 10: 'abc'",
        "config|2026-01-05 10:00:01,000 ERROR app.settings: KeyError: 'DATABASE_URL'",
        "disk_full|2026-01-05 10:00:01,000 ERROR app.io: OSError: [Errno 28] No space left on device: '/data/out.bin'",
        // Go
        "dns|time=\"2026-01-05T10:00:01Z\" level=error msg=\"dial tcp: lookup api.internal on 10.0.0.2:53: no such host\"",
        "timeout|E0105 10:00:01.000000    1234 client.go:88] context deadline exceeded",
        "exception|panic: runtime error: invalid memory address or nil pointer dereference",
        "auth|level=warn msg=\"request rejected\" status=403 path=/admin",
        // Node
        "connection|Error: connect ECONNREFUSED 127.0.0.1:5432",
        "timeout|Error: ETIMEDOUT while calling https://api.example.com",
        "exception|TypeError: Cannot read properties of undefined (reading 'id')",
        // PostgreSQL
        "deadlock|2026-01-05 10:00:01.000 UTC [4242] ERROR:  deadlock detected",
        "auth|2026-01-05 10:00:01.000 UTC [4242] FATAL:  password authentication failed for user \"app\"",
        "database_error|2026-01-05 10:00:01.000 UTC [4242] FATAL:  sorry, too many clients already",
        // nginx
        "rate_limit|10.0.0.1 - - [05/Jan/2026:10:00:01 +0000] \"GET /api/items HTTP/1.1\" 429 169 \"-\" \"curl/8.0\"",
        "api_error|10.0.0.1 - - [05/Jan/2026:10:00:01 +0000] \"GET /api/items HTTP/1.1\" 502 157 \"-\" \"curl/8.0\"",
        "timeout|2026/01/05 10:00:01 [error] 31#31: *1 upstream timed out (110: Connection timed out) while reading response header from upstream",
        // envoy / Istio access logs: the response flags after the status (envoy's %RESPONSE_FLAGS%)
        "timeout|[2026-01-05T10:00:01.000Z] \"GET /api/stock HTTP/1.1\" 504 UT 0 24 15001 - \"-\" \"Go-http-client/1.1\" \"7d2e\" \"inventory:8080\" \"10.0.0.21:8080\"",
        "connection|[2026-01-05T10:00:01.000Z] \"GET /api/stock HTTP/1.1\" 503 UH no_healthy_upstream - \"-\" 0 19 0 - \"-\" \"curl/8.5.0\" \"9c1f\" \"inventory:8080\" \"-\"",
        "connection|[2026-01-05T10:00:01.000Z] \"POST /api/reserve HTTP/1.1\" 503 UF,URX 112 91 1002 - \"-\" \"okhttp/4.12.0\" \"a7b3\" \"inventory:8080\" \"10.0.0.21:8080\"",
        "api_error|[2026-01-05T10:00:01.000Z] \"GET /api/stock HTTP/1.1\" 503 - 0 19 3 3 \"-\" \"curl/8.5.0\" \"9c1f\" \"inventory:8080\" \"10.0.0.21:8080\"",
        // JSON lines
        "rate_limit|{\"ts\":\"2026-01-05T10:00:01Z\",\"level\":\"error\",\"msg\":\"upstream answered 429 Too Many Requests\"}",
        "memory|{\"level\":50,\"time\":1736071201000,\"msg\":\"worker died\",\"err\":{\"message\":\"JavaScript heap out of memory\"}}",
        "database_error|{\"@timestamp\":\"2026-01-05T10:00:01Z\",\"log.level\":\"ERROR\",\"message\":\"query failed\",\"error.type\":\"org.postgresql.util.PSQLException\"}",
        "error|{\"level\":\"ERROR\",\"message\":\"order 42 could not be shipped\"}",
        // configuration wordings of the main frameworks
        "config|\tSRCFG00014: The config property orders.api.url is required but it could not be found in any config source",
        "config|Caused by: org.springframework.boot.context.properties.bind.BindException: Failed to bind properties under 'app.pool.size' to int",
        "config|pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings",
        "config|flag provided but not defined: -listen-addr",
        "config|2026/01/05 10:00:01 [emerg] 1#1: unknown directive \"proxy_passs\" in /etc/nginx/conf.d/default.conf:14",
        "exception|KeyError: 'user_id'",
        // restarts
        "crash_loop|Warning  BackOff  3m (x52 over 13m)  kubelet  Back-off restarting failed container app in pod orders-7d9f_default(4b1c)",
        "crash_loop|Nov 30 10:00:01 web1 systemd[1]: orders.service: Scheduled restart job, restart counter is at 7.",
        // token-aware: words inside identifiers
        "timeout|requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.partner.example', port=443): Read timed out. (read timeout=5)",
        "timeout|2026-01-05 10:00:01 ERROR c.e.Client - java.net.SocketTimeoutException: timeout",
    })
    void categorisesRealLookingLines(String category, String line) {
        CategoryRule rule = categoriser.categorise(parser.parse(line));
        assertEquals(category, rule == null ? null : rule.category(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-01-05 10:00:01,331 INFO  [worker] Processed batch of 10 items in 3 ms",
        "2026-01-05 10:00:01 INFO  c.e.Db - connection pool started, timeout 30s",
        "10.0.0.1 - - [05/Jan/2026:10:00:01 +0000] \"GET /api/items/4290 HTTP/1.1\" 200 169",
        "[2026-01-05T10:00:01.000Z] \"GET /utils/UT HTTP/1.1\" 200 - 0 19 3 3 \"-\" \"curl/8.5.0\" \"9c1f\" \"inventory:8080\" \"10.0.0.21:8080\"",
        "{\"level\":\"info\",\"msg\":\"retrying after timeout\"}",
        "2026-01-05 10:00:01 WARN  c.e.Report - mail spool fillmore-aurora-1 is 80% full",
        "2026-01-05 10:00:01 INFO  c.e.App - configuration loaded from /etc/app/config.yaml; restart counter reset",
        "",
        "\u0000\u0001\uFFFD\uD800",
    })
    void leavesInfoNoiseAndGarbageUncategorised(String line) {
        assertNull(categoriser.categorise(parser.parse(line)));
    }
}
