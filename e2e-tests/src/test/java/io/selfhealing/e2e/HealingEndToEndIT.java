package io.selfhealing.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.launch.HealingTimeline;
import io.selfhealing.infra.launch.PlatformLauncher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole platform — seven agents and three demo targets as separate JVMs on a real Kafka broker
 * and a real PostgreSQL — facing three faults at once, with poison events on every input topic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealingEndToEndIT {

    private static final String HEAL = "demo-heal";
    private static final String STUBBORN = "demo-stubborn";
    private static final String TRANSIENT = "demo-transient";
    private static final Duration HEALING_TIME = Duration.ofMinutes(3);
    /** Topics some agent consumes. */
    private static final List<String> INPUT_TOPICS = List.of(Topics.LOGS, Topics.HEALTH, Topics.ERRORS,
            Topics.DIAGNOSES, Topics.FIX_PROPOSALS, Topics.COMMANDS, Topics.BACKUPS, Topics.FIX_RESULTS,
            Topics.OUTCOMES, Topics.LEARNING);

    private PlatformFixture fixture;
    private KafkaProbe probe;
    private final Map<String, byte[]> originalConfig = new HashMap<>();
    private String validatingDuringRestart;

    @BeforeAll
    void startPlatformPoisonTopicsAndInjectFaults() throws Exception {
        fixture = new PlatformFixture(List.of(HEAL, STUBBORN, TRANSIENT));
        probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.DLQ, Topics.COMMANDS,
                Topics.FIX_RESULTS, Topics.ALERTS);
        for (String demo : List.of(HEAL, STUBBORN, TRANSIENT)) {
            originalConfig.put(demo, fixture.configBytes(demo));
        }
        for (String topic : INPUT_TOPICS) {
            probe.send(topic, "poison", poison(topic));
        }
        fixture.injectRateLimit(HEAL, "{\"maxCallsPerSecond\": 1.0}");
        fixture.injectRateLimit(STUBBORN, "{\"maxCallsPerSecond\": 0.5}");
        fixture.injectRateLimit(TRANSIENT, "{\"maxCallsPerSecond\": 1.0, \"maxErrors\": 3}");

        // the validation deadline is persisted: a coordinator restart in the middle of the window changes nothing
        validatingDuringRestart = fixture.awaitIncident(HEAL, "VALIDATING", HEALING_TIME).path("incident")
                .path("id").asText();
        fixture.platform.restart("coordinator");
    }

    @AfterAll
    void stop() {
        if (probe != null) {
            probe.close();
        }
        if (fixture != null) {
            System.out.println("peak RSS (MiB): " + fixture.platform.peakRssMb());
            fixture.close();
        }
    }

    @Test
    void rateLimitFaultIsDetectedDiagnosedBackedUpFixedByACommitValidatedAndResolved() throws Exception {
        JsonNode detail = fixture.awaitIncident(HEAL, "RESOLVED", HEALING_TIME);
        String incident = detail.path("incident").path("id").asText();
        assertEquals(validatingDuringRestart, incident, "the incident that was VALIDATING when the coordinator restarted");
        List<String> states = detail.path("transitions").findValuesAsText("toState");
        assertEquals(List.of("OPEN", "DIAGNOSED", "BACKING_UP", "APPLYING", "VALIDATING", "RESOLVED"),
                states.subList(states.indexOf("OPEN"), states.size()).stream()
                        .filter(s -> !s.equals("AWAITING_APPROVAL")).toList());
        assertEquals("rate_limiting", detail.path("diagnosis").path("issueType").asText());
        assertFalse(detail.path("incident").path("backupId").asText().isBlank());

        RevCommit fix = fixture.commits(HEAL).get(0);
        assertTrue(fix.getFullMessage().contains("incident " + incident), fix.getFullMessage());
        assertEquals(detail.path("incident").path("fixCommitId").asText(), fix.getName());
        String config = new String(fixture.configBytes(HEAL), StandardCharsets.UTF_8);
        assertTrue(config.contains("upstream.delay.ms=1200"), config);

        long rateLimited = rateLimitedCount(HEAL);
        Thread.sleep(5_000);
        assertEquals(rateLimited, rateLimitedCount(HEAL), "429s stopped after the fix");

        JsonNode outcomes = fixture.client.get(fixture.platform.service("learning-engine").url()
                + "/api/learning/outcomes?limit=100");
        assertTrue(outcomes.findValuesAsText("incidentId").contains(incident), outcomes.toString());
        HealingTimeline.firstErrorToFixMs(fixture.platform.demo(HEAL), detail)
                .ifPresent(ms -> System.out.println("first error line -> fix commit: " + ms + " ms"));
    }

    @Test
    void triggerCheckMakesMonitorAgentProbeNowAndReturnsItsFreshResult() {
        Instant asked = Instant.now();
        JsonNode check = fixture.client.post(fixture.coordinator() + "/api/monitoring/trigger-check?target=" + HEAL,
                "{\"reason\":\"e2e\"}").path("data");
        System.out.println("trigger-check round trip (coordinator -> monitor-agent probe -> answer): "
                + Duration.between(asked, Instant.now()).toMillis() + " ms");
        assertTrue(check.path("complete").asBoolean(), check.toString());
        assertEquals(1, check.path("requested").asInt(), check.toString());
        JsonNode fresh = check.path("checks").path(HEAL);
        assertFalse(Instant.parse(fresh.path("last_report").asText()).isBefore(asked),
                "the result was made for this request: " + check);
        CommandIssued request = EventCodec.decode(probe.await(r -> r.topic().equals(Topics.COMMANDS)
                && HEAL.equals(r.key()) && EventCodec.decode(r.value(), CommandIssued.class).type() == CommandType.PROBE,
                Duration.ofSeconds(30)).value(), CommandIssued.class);
        assertEquals(request.header().eventId(), check.path("request_id").asText(), "answered with the request's id");
    }

    @Test
    void theSameApplyCommandDeliveredTwiceCommitsOnce() throws Exception {
        fixture.awaitIncident(HEAL, "RESOLVED", HEALING_TIME);
        ConsumerRecord<String, String> apply = probe.await(r -> r.topic().equals(Topics.COMMANDS)
                && HEAL.equals(r.key()) && EventCodec.decode(r.value(), CommandIssued.class).type() == CommandType.APPLY,
                Duration.ofSeconds(10));
        String commandId = EventCodec.decode(apply.value(), CommandIssued.class).header().eventId();
        probe.send(Topics.COMMANDS, HEAL, apply.value());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> results(commandId).size() >= 2);
        List<FixExecuted> results = results(commandId);
        assertEquals(results.get(0), results.get(1), "the repeat is answered with the same result");
        assertTrue(results.get(1).success());
        long fixCommits = fixture.commits(HEAL).stream().filter(c -> c.getFullMessage().contains(commandId)).count();
        assertEquals(1, fixCommits);
    }

    private List<FixExecuted> results(String commandId) {
        return probe.drain(Duration.ofMillis(200)).stream()
                .filter(r -> r.topic().equals(Topics.FIX_RESULTS) && r.value().contains(commandId))
                .map(r -> EventCodec.decode(r.value(), FixExecuted.class)).toList();
    }

    @Test
    void aFixThatDoesNotHelpIsRolledBackByteForByteWithARevertCommit() throws Exception {
        JsonNode detail = fixture.awaitIncident(STUBBORN, "ROLLED_BACK", HEALING_TIME);
        assertArrayEquals(originalConfig.get(STUBBORN), fixture.configBytes(STUBBORN));
        List<RevCommit> commits = fixture.commits(STUBBORN);
        RevCommit revert = commits.stream().filter(c -> c.getShortMessage().startsWith("Revert")).findFirst()
                .orElseThrow(() -> new AssertionError("no revert commit in " + commits));
        assertTrue(revert.getFullMessage().contains(detail.path("incident").path("fixCommitId").asText()),
                revert.getFullMessage());
        String resolution = detail.path("incident").path("resolution").asText();
        assertTrue(resolution.contains("FAILURE") && resolution.contains("after ") && resolution.contains("during ")
                && resolution.contains("baseline "), "the verdict names the rates it used: " + resolution);
    }

    @Test
    void aDiagnosisBelowTheThresholdWaitsForApprovalWithAnAlertAndChangesNothing() throws Exception {
        JsonNode detail = fixture.awaitIncident(TRANSIENT, "AWAITING_APPROVAL", HEALING_TIME);
        String incident = detail.path("incident").path("id").asText();
        AlertRaised alert = EventCodec.decode(probe.await(r -> r.topic().equals(Topics.ALERTS)
                && r.value().contains(incident), Duration.ofSeconds(30)).value(), AlertRaised.class);
        assertTrue(alert.message().contains("< 85"), alert.message());
        Thread.sleep(5_000);
        assertEquals("AWAITING_APPROVAL", fixture.client.get(fixture.coordinator() + "/api/incidents/" + incident)
                .path("data").path("incident").path("state").asText());
        assertArrayEquals(originalConfig.get(TRANSIENT), fixture.configBytes(TRANSIENT));
        assertEquals(1, fixture.commits(TRANSIENT).size(), "only the initial commit");
    }

    @Test
    void malformedEventsOnEveryInputTopicGoToTheDeadLetterQueueWithAReason() {
        for (String topic : INPUT_TOPICS) {
            ConsumerRecord<String, String> dead = probe.await(r -> r.topic().equals(Topics.DLQ)
                    && poison(topic).equals(r.value()), Duration.ofSeconds(60));
            assertNotNull(KafkaProbe.header(dead, "dead-letter-reason"), topic);
            assertEquals(topic, KafkaProbe.header(dead, "dead-letter-topic"));
        }
    }

    @Test
    void everyServiceExportsMetricsPromtoolAcceptsWithTheMetersTheDashboardAndAlertsUse() throws Exception {
        fixture.awaitIncident(HEAL, "RESOLVED", HEALING_TIME);
        fixture.awaitIncident(STUBBORN, "ROLLED_BACK", HEALING_TIME);
        fixture.awaitIncident(TRANSIENT, "AWAITING_APPROVAL", HEALING_TIME);
        Map<String, String> services = new java.util.LinkedHashMap<>();
        PlatformLauncher.agentNames().forEach(a -> services.put(a, fixture.platform.service(a).url()));
        // the coordinator restarted in @BeforeAll, so its counters only know what came after: fresh poison
        // on every input topic must be counted by source topic; states come from the incident table
        LiveMetrics before = LiveMetrics.scrape(services);
        for (String topic : INPUT_TOPICS) {
            probe.send(topic, "poison-again", poison(topic));
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    LiveMetrics m = LiveMetrics.scrape(services);
                    for (String topic : INPUT_TOPICS) {
                        String label = "topic=\"" + topic + "\"";
                        assertTrue(m.sum("coordinator", "healing_dlq_records_total", label)
                                >= before.sum("coordinator", "healing_dlq_records_total", label) + 1, topic);
                    }
                    for (String state : List.of("RESOLVED", "ROLLED_BACK", "AWAITING_APPROVAL")) {
                        assertTrue(m.sum("coordinator", "healing_incidents", "state=\"" + state + "\"") >= 1, state);
                    }
                    assertTrue(m.sum("coordinator", "healing_fixes_total", "outcome=\"resolved\"") >= 1);
                    assertTrue(m.sum("error-detector", "healing_detector_lines_total") > 0);
                });
        LiveMetrics live = LiveMetrics.scrape(services);
        Set<String> missing = new java.util.TreeSet<>(PromQlNames.ofDeployFiles(
                java.nio.file.Path.of(System.getProperty("healing.repo-root", "..")).toAbsolutePath().normalize()));
        missing.remove("up"); // written by Prometheus itself
        missing.removeAll(live.names());
        assertEquals(Set.of(), missing, "dashboard / alert queries name metrics no service exports");
        String promtool = LiveMetrics.promtool();
        if (promtool == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("promtool missing: .ci/run puts it on PATH (Debian package prometheus)");
        }
        if (promtool != null) {
            live.assertPromtoolAccepts(promtool);
        } else {
            System.out.println("promtool not found (PROMTOOL / PATH): promtool check metrics skipped outside CI");
        }
    }

    private long rateLimitedCount(String demo) {
        return fixture.client.get(fixture.platform.demo(demo).url() + "/api/status").path("counters")
                .path("rateLimited").asLong();
    }

    private static String poison(String topic) {
        return "{\"not\":\"an event for " + topic + "\"}";
    }
}
