package io.selfhealing.rootcause.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.CheckResult;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Severity;
import io.selfhealing.events.Topics;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The fault patterns of {@link FaultScenarios} through the real broker: health and error reports
 * go to healing.health / healing.errors, diagnoses are read from healing.diagnoses. A scenario that
 * A diagnosis may be published again as more evidence arrives; the band holds for all of them:
 * one reaches the lower bound, none exceeds the upper. A scenario that
 * must produce nothing is closed by a sentinel, a single 429 line of the same target on the same
 * partition: its weak rate-limiting diagnosis (55) must be the only one the target ever got.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ScenarioTargets.class, restrictToAnnotatedClass = false)
class FaultScenarioSuiteTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SENTINEL = "sentinel <*> 429 Too Many Requests";

    @ParameterizedTest(name = "{0}")
    @FieldSource("io.selfhealing.rootcause.scenario.FaultScenarios#ALL")
    void diagnosesTheFaultOrNothing(FaultScenario scenario) {
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.DIAGNOSES)) {
            scenario.events().accept(new BrokerFeed(probe, scenario.target()));
            if (scenario.expectsNothing()) {
                probe.send(Topics.ERRORS, scenario.target(), EventCodec.encode(error(scenario.target(),
                        Category.RATE_LIMIT, SENTINEL, 1, 1)));
            }
            String expected = scenario.expectsNothing() ? Issue.RATE_LIMITING : scenario.issueType();
            DiagnosisMade d = decode(probe.await(r -> scenario.target().equals(r.key())
                    && decode(r).issueType().equals(expected) && decode(r).confidence() >= scenario.minConfidence(),
                    WAIT));
            List<DiagnosisMade> all = probe.drain(Duration.ofSeconds(1)).stream()
                    .filter(r -> scenario.target().equals(r.key())).map(FaultScenarioSuiteTest::decode).toList();
            assertTrue(all.stream().allMatch(x -> x.issueType().equals(expected)),
                    scenario + ": only " + expected + " expected, got " + all.stream().map(x -> x.issueType() + "="
                            + x.confidence()).toList());
            if (scenario.expectsNothing()) {
                assertEquals(55, d.confidence(), "the sentinel alone: " + d.summary());
                return;
            }
            int highest = all.stream().mapToInt(DiagnosisMade::confidence).max().orElseThrow();
            assertTrue(highest <= scenario.maxConfidence(), scenario + ": confidence " + highest + " above "
                    + scenario.maxConfidence() + " " + d.evidence());
            assertEquals(scenario.fixCategory(), d.fixCategory(), scenario.name());
            assertTrue(d.affectedComponents().contains(scenario.target()));
            assertTrue(!d.evidence().isEmpty() && d.estimatedFixSeconds() > 0);
        }
    }

    private static DiagnosisMade decode(ConsumerRecord<String, String> r) {
        return EventCodec.decode(r.value(), DiagnosisMade.class);
    }

    static ErrorDetected error(String target, String category, String template, long lines, double perMinute) {
        Instant now = Instant.now();
        return new ErrorDetected(EventHeader.create("error-detector", target), category,
                Integer.toHexString(template.hashCode()), template, Severity.HIGH, "NEW", lines, lines, perMinute,
                now, now, List.of("ERROR " + template.replace("<*>", "42")));
    }

    /** Sends the scenario's reports as error-detector and monitor-agent would. */
    private record BrokerFeed(KafkaProbe probe, String target) implements FaultScenario.Feed {

        @Override
        public void health(String targetId, String type, String status, List<FaultScenario.Check> checks) {
            List<CheckResult> results = checks.stream().map(c -> new CheckResult(c.name(),
                    HealthStatus.valueOf(c.status()), c.latencyMs(), c.details())).toList();
            HealthStatus s = HealthStatus.valueOf(status);
            probe.send(Topics.HEALTH, targetId, EventCodec.encode(new HealthReported(EventHeader.create(
                    "monitor-agent", targetId), type, s, s == HealthStatus.HEALTHY ? List.of()
                    : List.of(type + " " + status), results)));
        }

        @Override
        public void error(String category, String template, long lines, double perMinute) {
            probe.send(Topics.ERRORS, target, EventCodec.encode(FaultScenarioSuiteTest.error(target, category,
                    template, lines, perMinute)));
        }
    }
}
