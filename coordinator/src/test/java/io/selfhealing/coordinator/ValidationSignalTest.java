package io.selfhealing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.CheckResult;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.OutcomeRecorded;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The issue type's health signal through the real broker and database: a bigger pool that is still
 * saturated for the whole validation window is kept (its errors stopped) but not called healed — the
 * verdict names the pool readings and a human is told.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
class ValidationSignalTest {

    @Test
    void aPoolStillSaturatedAfterItsFixIsKeptAndEscalatedWithThePoolReadingsInTheVerdict() {
        try (SagaDriver saga = new SagaDriver()) {
            saga.propose(95, "db_pool_exhausted");
            var backup = saga.command(CommandType.BACKUP, Set.of());
            saga.answerBackup(backup, BackupChanged.CREATED);
            saga.answerFix(saga.command(CommandType.APPLY, Set.of()), true, "applied");
            IncidentChanged validating = saga.state(IncidentState.VALIDATING);
            for (int i = 0; i < 4; i++) {
                saga.probe.send(Topics.HEALTH, saga.target, EventCodec.encode(poolReading(saga.target,
                        validating.header().occurredAt().plusMillis(1000 + 500L * i), 20, 20)));
            }

            IncidentChanged resolved = saga.state(IncidentState.RESOLVED);
            assertTrue(resolved.reason().startsWith("fix kept (helped partly), escalated: PARTIAL"), resolved.reason());
            assertTrue(resolved.reason().contains("pool usage still saturated: median 100 % over 4 readings"),
                    resolved.reason());
            assertTrue(saga.alert("Fix helped only partly").message().contains("pool usage still saturated"));
            var outcome = EventCodec.decode(saga.probe.await(r -> r.topic().equals(Topics.OUTCOMES)
                    && saga.target.equals(r.key()), SagaDriver.WAIT).value(), OutcomeRecorded.class);
            assertEquals(true, outcome.success(), "kept: the errors stopped");
        }
    }

    private static HealthReported poolReading(String target, Instant at, int active, int max) {
        EventHeader header = new EventHeader(EventHeader.CURRENT_SCHEMA_VERSION, java.util.UUID.randomUUID().toString(),
                at, "monitor-agent", target, null);
        return new HealthReported(header, "http", HealthStatus.WARNING, List.of("pool " + active + "/" + max),
                List.of(new CheckResult("pool", HealthStatus.WARNING, null, Map.of("poolActive", active, "poolMax", max))));
    }
}
