package io.selfhealing.coordinator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.BackupItem;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.FixProposed;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.OutcomeRecorded;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.events.RiskLevel;
import io.selfhealing.events.Severity;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The saga through the real broker and database, the other services played by the test. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
class CoordinatorSagaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "test-operator-secret";

    private KafkaProbe probe;
    private String target;

    @BeforeEach
    void open() {
        // Reads need the viewer role: every request of this class signs in unless it says otherwise.
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.preemptive().basic("operator", PASSWORD);
        probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.COMMANDS, Topics.INCIDENTS,
                Topics.OUTCOMES, Topics.ALERTS, Topics.DLQ);
        target = "t-" + System.nanoTime();
    }

    @AfterEach
    void close() {
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.DEFAULT_AUTH;
        probe.close();
    }

    @Test
    void autoAppliesAConfidentFixBacksUpFirstAndResolvesWhenErrorsStop() {
        probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(proposal(90)));
        CommandIssued backup = awaitCommand(CommandType.BACKUP);
        String incident = backup.header().incidentId();
        assertEquals("upstream.delay.ms", backup.plan().changes().get(0).key());

        answerBackup(backup, BackupChanged.CREATED);
        CommandIssued apply = awaitCommand(CommandType.APPLY);
        assertEquals("backup_1", apply.backupId());
        answerFix(apply, true);

        awaitState(incident, IncidentState.RESOLVED);
        OutcomeRecorded outcome = awaitEvent(Topics.OUTCOMES, OutcomeRecorded.class, incident);
        assertTrue(outcome.success());
        assertEquals("increase_delay", outcome.fixType());

        given().get("/api/incidents/" + incident).then().statusCode(200)
                .body("status", equalTo("success"))
                .body("data.incident.state", equalTo("RESOLVED"))
                .body("data.incident.fixCommitId", equalTo("commit-1"))
                .body("data.transitions.toState", hasItems("OPEN", "DIAGNOSED", "BACKING_UP", "APPLYING",
                        "VALIDATING", "RESOLVED"));
        given().get("/api/monitoring/backups").then().statusCode(200)
                .body("data.backups.backup_id", hasItems("backup_1"));
    }

    @Test
    void rollsBackWhenErrorsContinueAfterTheFix() throws Exception {
        probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(proposal(95)));
        CommandIssued backup = awaitCommand(CommandType.BACKUP);
        String incident = backup.header().incidentId();
        answerBackup(backup, BackupChanged.CREATED);
        answerFix(awaitCommand(CommandType.APPLY), true);
        awaitState(incident, IncidentState.VALIDATING);

        Thread.sleep(700); // past the grace period: these errors are the fix's failure
        Instant now = Instant.now();
        probe.send(Topics.ERRORS, target, EventCodec.encode(new ErrorDetected(EventHeader.create("error-detector",
                target), "rate_limit", "t1", "429 Too Many Requests", Severity.HIGH, "RECURRING", 9, 4, 30, now,
                now, List.of("429"))));

        CommandIssued restore = awaitCommand(CommandType.RESTORE);
        assertEquals("backup_1", restore.backupId());
        answerBackup(restore, BackupChanged.RESTORED);
        answerFix(awaitCommand(CommandType.REVERT), true);

        IncidentChanged end = awaitState(incident, IncidentState.ROLLED_BACK);
        assertNotNull(end.reason());
        OutcomeRecorded outcome = awaitEvent(Topics.OUTCOMES, OutcomeRecorded.class, incident);
        assertEquals(false, outcome.success());
        assertEquals(IncidentState.ROLLED_BACK, outcome.finalState());
    }

    @Test
    void lowConfidenceWaitsForApprovalWithAnAlertAndChangesNothingUntilApproved() {
        probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(proposal(71)));
        AlertRaised alert = EventCodec.decode(probe.await(r -> r.topic().equals(Topics.ALERTS)
                && target.equals(r.key()), WAIT).value(), AlertRaised.class);
        String incident = alert.header().incidentId();
        assertTrue(alert.message().contains("confidence 71 < 85"), alert.message());
        assertEquals("/api/incidents/" + incident + "/approve", alert.approvePath());
        assertTrue(probe.drain(Duration.ofSeconds(1)).stream().noneMatch(this::isCommandForTarget));

        given().auth().none().post(alert.approvePath()).then().statusCode(401);
        given().auth().preemptive().basic("operator", "wrong").post(alert.approvePath()).then().statusCode(401);
        given().auth().preemptive().basic("operator", PASSWORD).post(alert.approvePath()).then().statusCode(200)
                .body("data.state", equalTo("BACKING_UP"));
        assertEquals(incident, awaitCommand(CommandType.BACKUP).header().incidentId());
        given().auth().preemptive().basic("operator", PASSWORD).post(alert.approvePath()).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void strongerEvidenceWithinTheEvidenceWaitAutoAppliesWithoutAnAlert() {
        probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(proposal(71)));
        probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(proposal(88)));
        CommandIssued backup = awaitCommand(CommandType.BACKUP);
        assertTrue(probe.drain(Duration.ofSeconds(3)).stream()
                .noneMatch(r -> r.topic().equals(Topics.ALERTS) && target.equals(r.key())), "no alert");
        given().get("/api/incidents/" + backup.header().incidentId()).then().statusCode(200)
                .body("data.incident.adjustedConfidence", equalTo(88));
    }

    @Test
    void aTargetInAMaintenanceWindowIsNeitherFixedNorAlerted() {
        given().auth().preemptive().basic("operator", PASSWORD).contentType("application/json")
                .body("{\"targetId\":\"" + target + "\",\"endsAt\":\"" + Instant.now().plusSeconds(600)
                        + "\",\"reason\":\"database upgrade\"}")
                .post("/api/maintenance").then().statusCode(200).body("data.targetId", equalTo(target));
        given().auth().none().contentType("application/json").body("{}").post("/api/maintenance").then()
                .statusCode(401);
        given().auth().preemptive().basic("operator", PASSWORD).contentType("application/json")
                .body("{\"targetId\":\"x\"}").post("/api/maintenance").then().statusCode(400);

        probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(proposal(95)));
        IncidentChanged waiting = EventCodec.decode(probe.await(r -> r.topic().equals(Topics.INCIDENTS)
                && target.equals(r.key()) && r.value().contains("AWAITING_APPROVAL"), WAIT).value(),
                IncidentChanged.class);
        assertTrue(waiting.reason().contains("maintenance window: database upgrade"), waiting.reason());
        assertTrue(probe.drain(Duration.ofSeconds(2)).stream().noneMatch(r -> isCommandForTarget(r)
                || (r.topic().equals(Topics.ALERTS) && target.equals(r.key()))));
    }

    @Test
    void theSameProposalDeliveredTwiceStartsOneBackup() {
        String json = EventCodec.encode(proposal(92));
        probe.send(Topics.FIX_PROPOSALS, target, json);
        probe.send(Topics.FIX_PROPOSALS, target, json);
        awaitCommand(CommandType.BACKUP);
        // within the BACKUP's deadline (6 s in tests), so no retry is counted
        long backups = probe.drain(Duration.ofSeconds(2)).stream().filter(this::isCommandForTarget).count();
        assertEquals(1, backups);
        given().get("/api/incidents?target=" + target).then().statusCode(200).body("data.size()", equalTo(1));
    }

    @Test
    void malformedEventsOnEveryInputGoToTheDeadLetterQueueAndTheSagaKeepsWorking() {
        for (String topic : List.of(Topics.FIX_PROPOSALS, Topics.BACKUPS, Topics.FIX_RESULTS, Topics.ERRORS,
                Topics.HEALTH, Topics.DIAGNOSES, Topics.LEARNING)) {
            String poison = "{\"poison\":\"" + topic + target + "\"}";
            probe.send(topic, target, poison);
            var dead = probe.await(r -> r.topic().equals(Topics.DLQ) && poison.equals(r.value()), WAIT);
            assertNotNull(KafkaProbe.header(dead, "dead-letter-reason"), topic);
        }
        probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(proposal(90)));
        awaitCommand(CommandType.BACKUP);
    }

    @Test
    void healthEndpointShowsEveryTargetsLatestStatusInTheSeedShape() {
        probe.send(Topics.HEALTH, target, EventCodec.encode(new HealthReported(EventHeader.create("monitor-agent",
                target), "http", HealthStatus.CRITICAL, List.of("HTTP 503"), List.of())));
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/health")
                .then().statusCode(200).body("status", equalTo("success"))
                .body("data.checks." + target + ".status", equalTo("critical"))
                .body("data.overall_status", equalTo("critical")));
        given().get("/api/incidents/nope").then().statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic("operator", PASSWORD).post("/api/monitoring/rollback/nope")
                .then().statusCode(404);
        given().get("/api/incidents?state=bogus").then().statusCode(400);
        given().get("/").then().statusCode(200).body(org.hamcrest.Matchers.containsString("/api/monitoring/health"));
    }

    private FixProposed proposal(int confidence) {
        ResourceRef file = new ResourceRef(ResourceRef.GIT_FILE, "/srv/config", "demo.properties");
        FixPlan plan = new FixPlan("increase_delay", "git-config", RiskLevel.LOW, "upstream.delay.ms 800 -> 1200",
                List.of(new ParameterChange(file, "upstream.delay.ms", "800", "1200")));
        return new FixProposed(EventHeader.create("fix-engineer", target), "diag-1", "rate_limiting", confidence,
                plan, "delay 800 below bound");
    }

    private boolean isCommandForTarget(ConsumerRecord<String, String> r) {
        return r.topic().equals(Topics.COMMANDS) && target.equals(r.key());
    }

    private CommandIssued awaitCommand(CommandType type) {
        return EventCodec.decode(probe.await(r -> isCommandForTarget(r)
                && EventCodec.decode(r.value(), CommandIssued.class).type() == type, WAIT).value(), CommandIssued.class);
    }

    private IncidentChanged awaitState(String incident, IncidentState state) {
        return EventCodec.decode(probe.await(r -> r.topic().equals(Topics.INCIDENTS) && r.value().contains(incident)
                && EventCodec.decode(r.value(), IncidentChanged.class).to() == state, WAIT).value(),
                IncidentChanged.class);
    }

    private <T extends io.selfhealing.events.HealingEvent> T awaitEvent(String topic, Class<T> type, String incident) {
        return EventCodec.decode(probe.await(r -> r.topic().equals(topic) && r.value().contains(incident), WAIT)
                .value(), type);
    }

    private void answerBackup(CommandIssued command, String action) {
        var item = new BackupItem(command.plan().resources().get(0), "ab".repeat(32), 12);
        probe.send(Topics.BACKUPS, target, EventCodec.encode(new BackupChanged(command.header().next("backup-manager"),
                command.header().eventId(), "backup_1", action, List.of(item), action)));
    }

    private void answerFix(CommandIssued command, boolean success) {
        probe.send(Topics.FIX_RESULTS, target, EventCodec.encode(new FixExecuted(command.header().next("fix-engineer"),
                command.header().eventId(), command.type(), success,
                command.type() == CommandType.APPLY ? "commit-1" : "commit-2", "ok")));
    }
}
