package io.selfhealing.demo;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(DemoFiles.class)
class DemoTargetTest {

    private static final Duration LONG = Duration.ofSeconds(20);

    @ConfigProperty(name = "demo.config-file")
    Path configFile;

    @ConfigProperty(name = "quarkus.log.file.path")
    Path logFile;

    @BeforeEach
    void fastWorkerAndNoFault() throws IOException {
        given().delete("/fault/rate-limit").then().statusCode(200);
        writeConfig(DemoFiles.FAST);
        await().atMost(LONG).until(() -> delayMs() == 100);
    }

    @Test
    void rateLimitFaultLogs429sAndTurnsReadinessDownUntilTheDelayIsRaised() throws IOException {
        given().contentType("application/json").body("{\"maxCallsPerSecond\": 2.0}")
                .post("/fault/rate-limit").then().statusCode(200).body("active", equalTo(true));

        await().atMost(LONG).until(() -> log().contains(
                "ERROR [io.selfhealing.demo.worker.UpstreamWorker] (upstream-worker) Upstream call failed: "
                        + "HTTP 429 Too Many Requests from GET http://localhost:"));
        await().atMost(LONG).until(() -> given().get("/q/health/ready").statusCode() == 503);

        writeConfig("upstream.delay.ms=600\nbatch.size=10\nrequest.timeout.ms=2000\n");
        await().atMost(LONG).until(() -> log().contains(
                "Config reloaded: upstream.delay.ms=600 batch.size=10 request.timeout.ms=2000"));
        await().atMost(LONG).until(() -> given().get("/q/health/ready").statusCode() == 200);
        long limited = rateLimited();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> rateLimited() == limited);
        given().get("/fault").then().body("active", equalTo(true));
    }

    @Test
    void transientFaultClearsItselfAfterExactlyMaxErrors() {
        long before = rateLimited();
        given().contentType("application/json").body("{\"maxCallsPerSecond\": 2.0, \"maxErrors\": 3}")
                .post("/fault/rate-limit").then().statusCode(200).body("remainingErrors", equalTo(3));

        await().atMost(LONG).until(() -> !given().get("/fault").jsonPath().getBoolean("active"));
        given().get("/fault").then().body("rejected", equalTo(3));
        await().atMost(LONG).until(() -> given().get("/q/health/ready").statusCode() == 200);
        assertEquals(before + 3, rateLimited());
    }

    @Test
    void invalidFaultBodiesAreRejectedAsProblemJson() {
        for (String body : new String[] {"{\"maxCallsPerSecond\": 0}", "{\"maxCallsPerSecond\": 1000.5}",
                "{\"maxCallsPerSecond\": 1.0, \"maxErrors\": 0}", "{}", "{\"maxCallsPerSecond\": \"fast\"}",
                "{not json"}) {
            given().contentType("application/json").body(body).post("/fault/rate-limit")
                    .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("title", equalTo("Bad Request"))
                    .body("detail", notNullValue());
        }
        given().get("/fault").then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void brokenConfigKeepsTheLastGoodValuesAndWarns() throws IOException {
        writeConfig("upstream.delay.ms=abc\n");
        await().atMost(LONG).until(() -> log().contains(
                "WARN  [io.selfhealing.demo.config.TunablesWatcher] (config-watcher) Config reload failed: "
                        + "upstream.delay.ms='abc' is not a whole number"));
        given().get("/api/status").then().body("tunables.upstreamDelayMs", equalTo(100))
                .body("lastReloadProblem", containsString("not a whole number"));

        Files.delete(configFile);
        await().atMost(LONG).until(() -> log().contains("Config reload failed: file not found: " + configFile));
        assertEquals(100, delayMs());
    }

    @Test
    void upstreamServesBatchesAndStatusAndMetricsReportTheWorker() {
        given().get("/upstream/items?count=3").then().statusCode(200)
                .body("count", equalTo(3)).body("items", hasSize(3)).body("items[0].name", equalTo("item-1"));
        given().get("/upstream/items?count=0").then().statusCode(400).contentType("application/problem+json");

        await().atMost(LONG).until(() -> log().contains("Processed batch of 10 items in "));
        given().get("/api/status").then().statusCode(200)
                .body("configFile", equalTo(configFile.toString()))
                .body("lastReload", notNullValue())
                .body("tunables.batchSize", equalTo(10))
                .body("counters.ok", notNullValue())
                .body("fault.active", equalTo(false));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("demo_upstream_calls_total{outcome=\"ok\""))
                .body(containsString("demo_upstream_calls_total{outcome=\"rate_limited\""));
        given().get("/q/health/live").then().statusCode(200);
    }

    private void writeConfig(String content) throws IOException {
        Path tmp = configFile.resolveSibling("demo-target.properties.tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, configFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private String log() throws IOException {
        return Files.readString(logFile);
    }

    private static long delayMs() {
        return given().get("/api/status").jsonPath().getLong("tunables.upstreamDelayMs");
    }

    private static long rateLimited() {
        return given().get("/api/status").jsonPath().getLong("counters.rateLimited");
    }
}
