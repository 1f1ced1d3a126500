package io.selfhealing.coordinator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Severity;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Self-maintenance: retention deletes history past its age (health, alerts and the one table of error
 * reports, which the saga writes); the daily report goes out as an alert.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
class SelfMaintenanceTest {

    @Test
    void retentionDeletesOldHistoryAndTheDailyReportIsPublishedAsAnAlert() {
        String target = "old-" + System.nanoTime();
        Instant longAgo = Instant.now().minus(Duration.ofDays(200));
        String viewer = TestTokens.token("vera", Roles.VIEWER);
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.ALERTS)) {
            probe.send(Topics.HEALTH, target, EventCodec.encode(new HealthReported(new EventHeader(
                    EventHeader.CURRENT_SCHEMA_VERSION, UUID.randomUUID().toString(), longAgo, "monitor-agent", target,
                    null), "http", HealthStatus.HEALTHY, List.of(), List.of())));
            probe.send(Topics.ERRORS, target, error(target, longAgo, "old line"));
            probe.send(Topics.ERRORS, target, error(target, Instant.now(), "recent line"));
            String from = longAgo.minusSeconds(60).toString();
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(viewer)
                    .queryParam("from", from).get("/api/report").then().statusCode(200)
                    .body("health_status.targets." + target + ".reports", equalTo(1)));
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(viewer)
                    .queryParam("target", target).queryParam("from", from).get("/api/monitoring/history/errors")
                    .then().statusCode(200).body("data.sample", contains("old line", "recent line")));

            given().auth().oauth2(TestTokens.token("otto", Roles.OPERATOR)).post("/api/self-maintenance/run").then()
                    .statusCode(403);
            given().auth().oauth2(TestTokens.token("ada", Roles.ADMIN)).post("/api/self-maintenance/run").then()
                    .statusCode(200).body("data.deleted", greaterThanOrEqualTo(1));
            given().auth().oauth2(viewer).queryParam("from", from).get("/api/report").then().statusCode(200)
                    .body("health_status.targets." + target + ".reports", equalTo(0));
            given().auth().oauth2(viewer).queryParam("target", target).queryParam("from", from)
                    .get("/api/monitoring/history/errors").then().statusCode(200)
                    .body("data.sample", contains("recent line"));

            String key = "daily-report-" + LocalDate.now(ZoneOffset.UTC);
            AlertRaised report = EventCodec.decode(probe.await(r -> r.topic().equals(Topics.ALERTS)
                    && r.value().contains(key), Duration.ofSeconds(30)).value(), AlertRaised.class);
            assertEquals("daily_report", report.labels().get("kind"));
            assertTrue(report.message().startsWith("last 24 h: system "), report.message());
        }
    }

    private static String error(String target, Instant at, String line) {
        return EventCodec.encode(new ErrorDetected(new EventHeader(EventHeader.CURRENT_SCHEMA_VERSION,
                UUID.randomUUID().toString(), at, "error-detector", target, null), "database", "t-" + line,
                "<*> failed", Severity.MEDIUM, "NEW", 1, 1, 1.0, at, at, List.of(line)));
    }
}
