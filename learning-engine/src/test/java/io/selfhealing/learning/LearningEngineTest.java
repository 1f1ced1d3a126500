package io.selfhealing.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.LearningUpdated;
import io.selfhealing.events.OutcomeRecorded;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "learning"))
class LearningEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void publishesSuccessRatePerIssueAndFixTypeAndIgnoresRepeats() {
        String issue = "issue_" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.LEARNING)) {
            OutcomeRecorded ok = outcome(issue, true);
            probe.send(Topics.OUTCOMES, "t1", EventCodec.encode(ok));
            probe.send(Topics.OUTCOMES, "t1", EventCodec.encode(ok));
            probe.send(Topics.OUTCOMES, "t1", EventCodec.encode(outcome(issue, false)));
            probe.send(Topics.OUTCOMES, "t1", EventCodec.encode(outcome(issue, true)));

            LearningUpdated last = EventCodec.decode(probe.await(r -> r.value().contains(issue)
                    && EventCodec.decode(r.value(), LearningUpdated.class).total() == 3, WAIT).value(),
                    LearningUpdated.class);
            assertEquals(2, last.successes());
            assertEquals(2.0 / 3, last.successRate(), 1e-9);
            assertEquals(LearningUpdated.key(issue, "increase_delay"),
                    probe.await(r -> r.value().contains(issue), WAIT).key());
        }
        given().get("/api/learning/stats").then().statusCode(200).body("issueType", hasItem(issue));
    }

    @Test
    void publishesATargetsOwnRateBesideTheGlobalOneUnderTargetScopedKeys() {
        String issue = "scoped_" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.LEARNING)) {
            probe.send(Topics.OUTCOMES, "good", EventCodec.encode(outcome("good", issue, "inc-g1", true)));
            probe.send(Topics.OUTCOMES, "bad", EventCodec.encode(outcome("bad", issue, "inc-b1", false)));
            var bad = probe.await(r -> r.value().contains(issue) && ("bad|" + LearningUpdated.key(issue,
                    "increase_delay")).equals(r.key()), WAIT);
            LearningUpdated own = EventCodec.decode(bad.value(), LearningUpdated.class);
            assertEquals(1, own.total());
            assertEquals(0.0, own.successRate(), 1e-9);
            LearningUpdated global = EventCodec.decode(probe.await(r -> LearningUpdated.key(issue, "increase_delay")
                    .equals(r.key()) && EventCodec.decode(r.value(), LearningUpdated.class).total() == 2, WAIT).value(),
                    LearningUpdated.class);
            assertEquals(0.5, global.successRate(), 1e-9);
            assertTrue(global.global());
        }
    }

    @Test
    void aLaterOutcomeOfTheSameIncidentCorrectsTheFirstInsteadOfAddingOne() {
        String issue = "corrected_" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.LEARNING)) {
            probe.send(Topics.OUTCOMES, "t1", EventCodec.encode(outcome("t1", issue, "inc-c1", true)));
            probe.send(Topics.OUTCOMES, "t1", EventCodec.encode(outcome("t1", issue, "inc-c2", true)));
            probe.send(Topics.OUTCOMES, "t1", EventCodec.encode(outcome("t1", issue, "inc-c1", false)));
            probe.await(r -> r.value().contains(issue) && EventCodec.decode(r.value(), LearningUpdated.class)
                    .successes() == 2, WAIT);
            LearningUpdated corrected = EventCodec.decode(probe.await(r -> r.value().contains(issue)
                    && EventCodec.decode(r.value(), LearningUpdated.class).total() == 2
                    && EventCodec.decode(r.value(), LearningUpdated.class).successes() == 1, WAIT).value(),
                    LearningUpdated.class);
            assertEquals(0.5, corrected.successRate(), 1e-9, "two incidents, two outcomes, one corrected");
            assertTrue(probe.drain(java.time.Duration.ofMillis(500)).stream().filter(r -> r.value().contains(issue))
                    .map(r -> EventCodec.decode(r.value(), LearningUpdated.class)).allMatch(u -> u.total() <= 2),
                    "the correction adds no third outcome");
        }
    }

    @Test
    void malformedOutcomeGoesToDeadLetterQueueAndConsumerKeepsWorking() {
        String issue = "after_poison_" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.DLQ,
                Topics.LEARNING)) {
            probe.send(Topics.OUTCOMES, "t1", "{not json");
            var dead = probe.await(r -> r.topic().equals(Topics.DLQ) && "{not json".equals(r.value()), WAIT);
            assertEquals(true, KafkaProbe.header(dead, "dead-letter-reason").contains("OutcomeRecorded"));

            probe.send(Topics.OUTCOMES, "t1", EventCodec.encode(outcome(issue, true)));
            probe.await(r -> r.topic().equals(Topics.LEARNING) && r.value().contains(issue), WAIT);
        }
    }

    /**
     * An outcome that arrives while the database is down (a restart: every pooled connection dropped)
     * is retried until the database is back, not dead-lettered. The outage lasts 1 s, longer than
     * the consumer takes to get the outcome and fail its first attempt.
     */
    @Test
    void anOutcomeDuringADatabaseOutageIsRecordedOnceItIsBackNotDeadLettered() throws Exception {
        String issue = "db_restart_" + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.DLQ,
                Topics.LEARNING)) {
            probe.send(Topics.OUTCOMES, "t1", EventCodec.encode(outcome("t1", issue, "inc-r1", true)));
            probe.await(r -> r.topic().equals(Topics.LEARNING) && r.value().contains(issue), WAIT);

            SharedInfra.get().database().restart(() -> {
                probe.send(Topics.OUTCOMES, "t1", EventCodec.encode(outcome("t1", issue, "inc-r2", true)));
                pause(Duration.ofSeconds(1));
            });

            probe.await(r -> r.topic().equals(Topics.LEARNING) && r.value().contains(issue)
                    && EventCodec.decode(r.value(), LearningUpdated.class).total() == 2, WAIT);
            assertTrue(probe.drain(Duration.ofMillis(200)).stream().noneMatch(r -> r.topic().equals(Topics.DLQ)
                    && r.value().contains(issue)), "no outcome of " + issue + " in the DLQ");
        }
    }

    private static void pause(Duration outage) {
        try {
            Thread.sleep(outage.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void rejectsAnOutOfRangeLimitWithProblemJson() {
        given().get("/api/learning/outcomes?limit=0").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static OutcomeRecorded outcome(String target, String issue, String incident, boolean success) {
        return new OutcomeRecorded(EventHeader.create("coordinator", target, incident), issue, "increase_delay",
                success, success ? IncidentState.RESOLVED : IncidentState.ROLLED_BACK, 80, 80, 1000, "test");
    }

    private static OutcomeRecorded outcome(String issue, boolean success) {
        return new OutcomeRecorded(EventHeader.create("coordinator", "t1", "inc-" + System.nanoTime()), issue,
                "increase_delay", success, success ? IncidentState.RESOLVED : IncidentState.ROLLED_BACK, 80, 80,
                1000, "test");
    }
}
