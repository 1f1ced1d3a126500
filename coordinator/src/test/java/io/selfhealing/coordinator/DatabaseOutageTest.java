package io.selfhealing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A proposal that arrives while PostgreSQL restarts (every pooled connection dropped) is handled once
 * the database is back — its fix starts with a BACKUP — and is not dead-lettered. The outage (1 s) is
 * longer than the coordinator takes to receive the proposal and fail its first attempt.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
class DatabaseOutageTest {

    @Test
    void aProposalDuringADatabaseRestartStartsItsFixOnceTheDatabaseIsBack() throws Exception {
        try (SagaDriver saga = new SagaDriver();
                KafkaProbe dlq = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.DLQ)) {
            SharedInfra.get().database().restart(() -> {
                saga.propose(95);
                pause(Duration.ofSeconds(1));
            });
            var backup = saga.command(CommandType.BACKUP, Set.of());
            assertEquals(saga.target, backup.header().targetId());
            assertTrue(dlq.drain(Duration.ofMillis(500)).stream().noneMatch(r -> saga.target.equals(r.key())),
                    "the proposal was not dead-lettered");
        }
    }

    private static void pause(Duration outage) {
        try {
            Thread.sleep(outage.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
