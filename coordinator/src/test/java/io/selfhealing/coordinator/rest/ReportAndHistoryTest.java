package io.selfhealing.coordinator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.selfhealing.coordinator.TestProposals;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.BackupItem;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixExecuted;
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
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The seed-004 report and the history endpoints, filled from what went through the broker. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
class ReportAndHistoryTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    private static RequestSpecification viewer() {
        return given().auth().oauth2(TestTokens.token("vera", Roles.VIEWER));
    }

    @Test
    void theReportCountsHealthFixesAndAlertsOfThePeriodInTheSeedShape() {
        String target = "rep-" + System.nanoTime();
        Instant from = Instant.now().minusSeconds(1);
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.COMMANDS)) {
            for (HealthStatus status : List.of(HealthStatus.HEALTHY, HealthStatus.HEALTHY, HealthStatus.HEALTHY,
                    HealthStatus.CRITICAL)) {
                probe.send(Topics.HEALTH, target, EventCodec.encode(new HealthReported(EventHeader.create(
                        "monitor-agent", target), "http", status, List.of(), List.of())));
            }
            probe.send(Topics.ALERTS, target, EventCodec.encode(new AlertRaised(EventHeader.create("monitor-agent",
                    target), Severity.HIGH, "target down", "HTTP 503 for 3 checks", null)));
            Instant now = Instant.now();
            probe.send(Topics.ERRORS, target, EventCodec.encode(new ErrorDetected(EventHeader.create("error-detector",
                    target), "rate_limit", "t1", "<*> 429", Severity.HIGH, "NEW", 5, 5, 7.5, now, now,
                    List.of("GET /api 429 Too Many Requests"))));
            // The fix is resolved on a target that is healthy after it: the saga rolls back a fix whose
            // target is still CRITICAL at the end of the validation window (ValidationJudge).
            resolveAFix(probe, target + "-fixed");
        }
        Awaitility.await().atMost(WAIT).untilAsserted(() -> viewer().queryParam("from", from.toString())
                .get("/api/report").then().statusCode(200)
                .body("monitoring_session.start_time", notNullValue())
                .body("health_status.targets." + target + ".status", equalTo("critical"))
                .body("health_status.targets." + target + ".availability", equalTo(0.75f))
                .body("health_status.targets." + target + ".reports", equalTo(4))
                .body("health_status.resource_utilization.memory_mb", notNullValue())
                .body("performance_metrics.healing_operations.total_executed", greaterThanOrEqualTo(1))
                .body("performance_metrics.incidents_by_state.RESOLVED", greaterThanOrEqualTo(1))
                .body("alerts_generated.findAll { it.target_id == '" + target + "' }.message",
                        hasItem("target down: HTTP 503 for 3 checks"))
                .body("maintenance_schedule.next_cleanup", notNullValue())
                .body("maintenance_schedule.automated_tasks", hasItems("backup_verification", "retention"))
                .body("maintenance_schedule.cleanup_frequency", equalTo("0 2 * * * UTC")));
        viewer().get("/api/monitoring/history?minutes=10").then().statusCode(200)
                .body("data." + target + ".status", equalTo(List.of("healthy", "healthy", "healthy", "critical")));
        viewer().get("/api/monitoring/history/errors?target=" + target).then().statusCode(200)
                .body("data[0].sample", equalTo("GET /api 429 Too Many Requests"))
                .body("data[0].ratePerMinute", equalTo(7.5f));
        viewer().get("/api/report?from=2026-13-01").then().statusCode(400).body("field", equalTo("from"));
        viewer().get("/api/report?from=2030-01-01T00:00:00Z&to=2029-01-01T00:00:00Z").then().statusCode(400);
        viewer().get("/api/monitoring/history/errors").then().statusCode(400).body("field", equalTo("target"));
    }

    private static void resolveAFix(KafkaProbe probe, String target) {
        probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(TestProposals.delay(target, 95)));
        CommandIssued backup = command(probe, target, CommandType.BACKUP);
        probe.send(Topics.BACKUPS, target, EventCodec.encode(new BackupChanged(backup.header().next("backup-manager"),
                backup.header().eventId(), "backup_rep", BackupChanged.CREATED, List.of(new BackupItem(
                        backup.plan().resources().get(0), "ab".repeat(32), 12)), BackupChanged.CREATED)));
        CommandIssued apply = command(probe, target, CommandType.APPLY);
        probe.send(Topics.FIX_RESULTS, target, EventCodec.encode(new FixExecuted(apply.header().next("fix-engineer"),
                apply.header().eventId(), CommandType.APPLY, true, "commit-rep", "ok")));
        probe.send(Topics.HEALTH, target, EventCodec.encode(new HealthReported(EventHeader.create("monitor-agent",
                target), "http", HealthStatus.HEALTHY, List.of(), List.of())));
    }

    private static CommandIssued command(KafkaProbe probe, String target, CommandType type) {
        return EventCodec.decode(probe.await(r -> r.topic().equals(Topics.COMMANDS) && target.equals(r.key())
                && EventCodec.decode(r.value(), CommandIssued.class).type() == type, WAIT).value(),
                CommandIssued.class);
    }
}
