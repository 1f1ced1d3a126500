package io.selfhealing.coordinator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.Severity;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every in-flight state ends when its deadline passes, through the real broker and database (test
 * deadlines: command 6 s doubled per retry, 2 attempts, approval 20 s). The scenarios run at the same
 * time, on targets of their own, so the suite waits for the longest one only.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
class SagaDeadlinesTest {

    @Test
    void everyInFlightStateEndsAtItsDeadline() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = java.util.List.of(pool.submit(this::anUnansweredBackupIsRetriedThenFailsWithAnAlertAndALateAnswerChangesNothing),
                    pool.submit(this::anUnansweredApplyRestoresTheBackupAndAStuckRollbackIsACriticalAlert),
                    pool.submit(this::anApplyRefusedAsExpiredIsRolledBackWithoutTeachingLearning),
                    pool.submit(this::aFixNobodyApprovesExpiresWithAnAlert),
                    pool.submit(this::aBackupRefusedAsExpiredIsIssuedAgainAndTheFixGoesOn));
            for (var f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    void anUnansweredBackupIsRetriedThenFailsWithAnAlertAndALateAnswerChangesNothing() {
        try (SagaDriver saga = new SagaDriver()) {
            saga.propose(95);
            CommandIssued first = saga.command(CommandType.BACKUP, Set.of());
            assertNotNull(first.expiresAt(), "every command carries an expiry");
            assertTrue(first.expiresAt().isAfter(first.header().occurredAt()));
            given().auth().preemptive().basic("operator", "test-operator-secret")
                    .get("/api/incidents/" + first.header().incidentId()).then().statusCode(200)
                    .body("data.incident.state", equalTo("BACKING_UP"))
                    .body("data.incident.deadline", notNullValue());

            CommandIssued retry = saga.command(CommandType.BACKUP, Set.of(first.header().eventId()));
            assertEquals(first.header().incidentId(), retry.header().incidentId());
            IncidentChanged failed = saga.state(IncidentState.FAILED);
            assertTrue(failed.reason().contains("did not answer the BACKUP"), failed.reason());
            assertEquals(Severity.HIGH, saga.alert("Healing failed").severity());

            saga.answerBackup(first, BackupChanged.CREATED);
            saga.answerBackup(retry, BackupChanged.CREATED);
            assertTrue(saga.drain(Duration.ofSeconds(2), Topics.COMMANDS).stream()
                    .map(r -> EventCodec.decode(r.value(), CommandIssued.class))
                    .noneMatch(c -> c.type() == CommandType.APPLY), "an answer given up on starts nothing");
            given().auth().preemptive().basic("operator", "test-operator-secret")
                    .get("/api/incidents/" + first.header().incidentId()).then().statusCode(200)
                    .body("data.incident.state", equalTo("FAILED"));
        }
    }

    void anUnansweredApplyRestoresTheBackupAndAStuckRollbackIsACriticalAlert() {
        try (SagaDriver saga = new SagaDriver()) {
            saga.propose(95);
            saga.answerBackup(saga.command(CommandType.BACKUP, Set.of()), BackupChanged.CREATED);
            CommandIssued apply = saga.command(CommandType.APPLY, Set.of());

            CommandIssued restore = saga.command(CommandType.RESTORE, Set.of());
            assertEquals("backup-" + saga.target, restore.backupId());
            assertTrue(saga.state(IncidentState.ROLLING_BACK).reason().contains("did not answer the APPLY"));
            assertEquals(Severity.HIGH, saga.alert("Fix unconfirmed").severity());
            saga.answerFix(apply, true, "late");

            saga.command(CommandType.RESTORE, Set.of(restore.header().eventId()));
            IncidentChanged failed = saga.state(IncidentState.FAILED);
            assertTrue(failed.reason().contains("rollback not confirmed"), failed.reason());
            AlertRaised critical = saga.alert("Healing failed");
            assertEquals(Severity.CRITICAL, critical.severity());
            assertTrue(saga.drain(Duration.ofMillis(500), Topics.INCIDENTS).stream()
                    .noneMatch(r -> r.value().contains("\"VALIDATING\"")), "the late APPLY answer is ignored");
        }
    }

    void anApplyRefusedAsExpiredIsRolledBackWithoutTeachingLearning() {
        try (SagaDriver saga = new SagaDriver()) {
            saga.propose(95);
            saga.answerBackup(saga.command(CommandType.BACKUP, Set.of()), BackupChanged.CREATED);
            CommandIssued apply = saga.command(CommandType.APPLY, Set.of());
            saga.answerFix(apply, false, apply.expiredReason(Instant.now()));

            CommandIssued restore = saga.command(CommandType.RESTORE, Set.of());
            saga.answerBackup(restore, BackupChanged.RESTORED);
            saga.answerFix(saga.command(CommandType.REVERT, Set.of()), true, "nothing to commit");
            saga.state(IncidentState.ROLLED_BACK);
            assertTrue(saga.drain(Duration.ofSeconds(1), Topics.OUTCOMES).isEmpty(),
                    "an unconfirmed fix is no outcome for learning");
        }
    }

    void aBackupRefusedAsExpiredIsIssuedAgainAndTheFixGoesOn() {
        try (SagaDriver saga = new SagaDriver()) {
            saga.propose(95);
            CommandIssued first = saga.command(CommandType.BACKUP, Set.of());
            saga.answerBackup(first, BackupChanged.FAILED, first.expiredReason(Instant.now()));
            CommandIssued again = saga.command(CommandType.BACKUP, Set.of(first.header().eventId()));
            assertEquals(first.header().incidentId(), again.header().incidentId());
            assertTrue(again.reason().contains("refused as expired"), again.reason());
            saga.answerBackup(again, BackupChanged.CREATED);
            CommandIssued apply = saga.command(CommandType.APPLY, Set.of());
            assertEquals(first.header().incidentId(), apply.header().incidentId());
        }
    }

    void aFixNobodyApprovesExpiresWithAnAlert() {
        try (SagaDriver saga = new SagaDriver()) {
            saga.propose(60);
            IncidentChanged waiting = saga.state(IncidentState.AWAITING_APPROVAL);
            IncidentChanged expired = saga.state(IncidentState.REJECTED);
            assertEquals(waiting.header().incidentId(), expired.header().incidentId());
            assertTrue(expired.reason().startsWith("approval expired"), expired.reason());
            assertNotEquals(null, saga.alert("Approval expired"));
        }
    }
}
