package io.selfhealing.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.e2e.FixScenario.Decision;
import io.selfhealing.e2e.FixScenario.Outcome;
import io.selfhealing.events.CheckResult;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.FixProposed;
import io.selfhealing.events.HealingEvent;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.Severity;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Diagnosis and fix choice together, as processes: root-cause-analyst, fix-engineer, coordinator,
 * backup-manager and learning-engine on the real broker and PostgreSQL, each scenario of
 * {@link FixScenarios} on a target of its own. The health reports stand in for monitor-agent (not
 * started); most rows stand in for error-detector with their error reports, the rows fc17 and fc18
 * send raw log lines that the real error-detector parses, categorises, folds and reports. All
 * scenarios are fed at once; each row then checks the diagnosis (issue type, confidence band), the
 * proposal the coordinator adopted (fix type and bounded change, or no plan and the escalation's
 * rationale) and the decision (fixed and RESOLVED on a verdict that judged the templates of the
 * diagnosis, or AWAITING_APPROVAL with nothing changed). The last test judges every APPLY command of
 * the run against the catalog's bounds and the confidence threshold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FixChoiceScenariosIT {

    private static final Duration DECISION = Duration.ofMinutes(2);
    private static final int THRESHOLD = 85;
    /** error-detector runs: the rows that feed raw log lines go through its real categories and folding. */
    private static final Set<String> NOT_NEEDED = Set.of("monitor-agent");

    private ScenarioWorld world;
    private PlatformFixture fixture;
    private KafkaProbe probe;
    private CatalogBounds catalog;
    private final Map<String, FixScenario> byTarget = new HashMap<>();

    @BeforeAll
    void startPlatformAndFeedEveryScenario() throws Exception {
        Path root = Path.of(System.getProperty("healing.repo-root", "..")).toAbsolutePath().normalize();
        catalog = CatalogBounds.read(root.resolve("fix-engineer/src/main/resources/fix-catalog.yaml"));
        world = ScenarioWorld.start(root.resolve("e2e-tests/target/fix-choice-" + System.currentTimeMillis()));
        Map<String, Map<String, String>> props = new HashMap<>(world.agentProperties());
        props.put("coordinator", Map.of("healing.coordinator.evidence-wait", "3s"));
        long started = System.nanoTime();
        fixture = new PlatformFixture(List.of(), work -> world.declare(FixScenarios.ALL, work), NOT_NEEDED, props);
        System.out.printf("platform (every agent but monitor-agent) ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.DIAGNOSES, Topics.FIX_PROPOSALS,
                Topics.COMMANDS, Topics.FIX_RESULTS);
        for (FixScenario s : FixScenarios.ALL) {
            byTarget.put(s.target(), s);
            if (s.declared().maintenance()) {
                fixture.client.post(fixture.coordinator() + "/api/maintenance", "{\"targetId\":\"" + s.target()
                        + "\",\"endsAt\":\"" + Instant.now().plus(Duration.ofHours(1)) + "\",\"reason\":\"db migration\"}");
            }
        }
        FixScenarios.ALL.forEach(s -> s.events().accept(new BrokerFeed(probe, s.target())));
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
        if (world != null) {
            world.close();
        }
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @FieldSource("io.selfhealing.e2e.FixScenarios#ALL")
    void diagnosisFixChoiceAndDecision(FixScenario s) throws Exception {
        Outcome expected = s.outcome();
        JsonNode detail = awaitDecision(s);
        JsonNode incident = detail.path("incident");
        assertDiagnoses(s, incident);
        FixProposed adopted = proposals(s.target()).stream()
                .filter(p -> p.header().eventId().equals(incident.path("proposalId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(s + ": the adopted proposal was not on " + Topics.FIX_PROPOSALS));
        if (expected.hasPlan()) {
            assertPlan(s, adopted);
        } else {
            assertNull(adopted.plan(), s + ": " + adopted.plan());
            assertTrue(adopted.rationale().contains(expected.rationale()), s + ": " + adopted.rationale());
            assertTrue(proposals(s.target()).stream().allMatch(p -> p.plan() == null),
                    s + ": an escalated fault never gets a plan, got " + proposals(s.target()));
        }
        if (expected.decision() == Decision.AUTO_APPLIED) {
            assertAppliedAutomatically(s, detail, adopted);
        } else {
            assertWaitsForAPersonWithNothingChanged(s, detail);
        }
    }

    @Order(2)
    @Test
    void zeroUnsafeOutcomesOverTheWholeSuite() {
        List<CommandIssued> applies = commands(null, CommandType.APPLY);
        List<String> unsafe = new ArrayList<>();
        for (CommandIssued apply : applies) {
            FixScenario s = byTarget.get(apply.header().targetId());
            catalog.violations(apply, s == null ? null : s.declared().kube())
                    .forEach(v -> unsafe.add(apply.header().targetId() + ": " + v));
            JsonNode incident = fixture.client.get(fixture.coordinator() + "/api/incidents/"
                    + apply.header().incidentId()).path("data").path("incident");
            if (incident.path("adjustedConfidence").asInt() < THRESHOLD) {
                unsafe.add(apply.header().targetId() + ": applied at adjusted confidence "
                        + incident.path("adjustedConfidence").asInt());
            }
        }
        for (JsonNode incident : fixture.client.get(fixture.coordinator() + "/api/incidents?limit=1000").path("data")) {
            if (!incident.path("fixStartedAt").isNull() && incident.path("adjustedConfidence").asInt() < THRESHOLD) {
                unsafe.add(incident.path("id").asText() + " started a fix at " + incident.path("adjustedConfidence"));
            }
        }
        List<String> applied = applies.stream().map(a -> a.header().targetId()).toList();
        for (String target : applied) {
            FixScenario s = byTarget.get(target);
            if (s == null || s.outcome().decision() != Decision.AUTO_APPLIED) {
                unsafe.add(target + ": applied although its scenario waits for a person");
            }
        }
        if (applied.stream().distinct().count() != applied.size()) {
            unsafe.add("a fix applied twice: " + applied);
        }
        assertEquals(List.of(), unsafe);
        assertTrue(!applies.isEmpty(), "the suite applied fixes at all");
    }

    /**
     * The incident once the coordinator decided: RESOLVED after an automatic fix, or AWAITING_APPROVAL.
     * Fails at once when it ends otherwise (an incident awaiting approval never applies by itself).
     */
    private JsonNode awaitDecision(FixScenario s) throws InterruptedException {
        String wanted = s.outcome().decision() == Decision.AUTO_APPLIED ? "RESOLVED" : "AWAITING_APPROVAL";
        Instant deadline = Instant.now().plus(DECISION);
        JsonNode list = null;
        while (Instant.now().isBefore(deadline)) {
            list = fixture.client.get(fixture.coordinator() + "/api/incidents?target=" + s.target()).path("data");
            for (JsonNode incident : list) {
                String state = incident.path("state").asText();
                if (state.equals(wanted)) {
                    return fixture.client.get(fixture.coordinator() + "/api/incidents/" + incident.path("id").asText())
                            .path("data");
                }
                if (Set.of("AWAITING_APPROVAL", "RESOLVED", "ROLLED_BACK", "FAILED", "REJECTED").contains(state)) {
                    throw new AssertionError(s + ": expected " + wanted + ", incident is " + state + ": " + incident);
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError(s + ": no incident reached " + wanted + " within " + DECISION + ": " + list);
    }

    private void assertDiagnoses(FixScenario s, JsonNode incident) {
        List<DiagnosisMade> all = records(Topics.DIAGNOSES, s.target(), DiagnosisMade.class);
        assertTrue(all.stream().allMatch(d -> d.issueType().equals(s.issueType())),
                s + ": only " + s.issueType() + " expected, got " + describe(all));
        int highest = all.stream().mapToInt(DiagnosisMade::confidence).max().orElseThrow();
        assertTrue(highest >= s.minConfidence() && highest <= s.maxConfidence(), s + ": confidence " + highest
                + " outside " + s.minConfidence() + ".." + s.maxConfidence() + " " + describe(all));
        assertEquals(s.issueType(), incident.path("issueType").asText());
        int base = incident.path("baseConfidence").asInt();
        assertTrue(base >= s.minConfidence() && base <= highest, s + ": incident at " + base);
        DiagnosisMade strongest = all.stream().filter(d -> d.confidence() == highest).findFirst().orElseThrow();
        String said = strongest.summary() + "\n" + strongest.evidence().stream().map(e -> e.kind() + ": "
                + e.description()).collect(java.util.stream.Collectors.joining("\n"));
        s.evidence().forEach(part -> assertTrue(said.contains(part), s + ": the diagnosis says '" + part + "': " + said));
    }

    private void assertPlan(FixScenario s, FixProposed adopted) {
        Outcome expected = s.outcome();
        assertNotNull(adopted.plan(), s + ": no plan: " + adopted.rationale());
        assertEquals(expected.fixType(), adopted.plan().fixType(), s.toString());
        assertEquals(expected.actuator(), adopted.plan().actuator(), s.toString());
        assertEquals(1, adopted.plan().changes().size(), s.toString());
        ParameterChange change = adopted.plan().changes().get(0);
        assertEquals(expected.key(), change.key(), s.toString());
        assertEquals(world.resolve(s.target(), expected.from()), change.fromValue(), s + " from");
        if ("{now}".equals(expected.to())) {
            assertTrue(Duration.between(Instant.parse(change.toValue()), Instant.now()).abs().toMinutes() < 10,
                    s + ": restartedAt " + change.toValue());
        } else {
            assertEquals(world.resolve(s.target(), expected.to()), change.toValue(), s + " to");
        }
    }

    private void assertAppliedAutomatically(FixScenario s, JsonNode detail, FixProposed adopted) throws Exception {
        String incidentId = detail.path("incident").path("id").asText();
        String backingUp = transitionReason(detail, "BACKING_UP");
        assertTrue(backingUp.startsWith("auto: "), s + ": fix started by " + backingUp);
        assertTrue(detail.path("incident").path("adjustedConfidence").asInt() >= THRESHOLD, detail.toString());
        List<CommandIssued> applies = commands(s.target(), CommandType.APPLY);
        assertEquals(1, applies.size(), s + ": one APPLY");
        CommandIssued apply = applies.get(0);
        assertEquals(incidentId, apply.header().incidentId());
        assertEquals(adopted.plan(), apply.plan(), s + ": the adopted plan is the one applied");
        FixExecuted result = records(Topics.FIX_RESULTS, s.target(), FixExecuted.class).stream()
                .filter(r -> r.commandId().equals(apply.header().eventId())).findFirst()
                .orElseThrow(() -> new AssertionError(s + ": no result for the APPLY"));
        assertTrue(result.success(), s + ": " + result);
        assertChangedWhereDeclared(s, apply.plan().changes().get(0));
        assertJudgedOnTheLinesThatCausedTheDiagnosis(s, detail);
    }

    /**
     * The validation verdict (RESOLVED) was reached on the templates that caused the incident's
     * diagnosis ({@code DiagnosisMade.templateIds}), not only on the categories configured for its issue type.
     */
    private void assertJudgedOnTheLinesThatCausedTheDiagnosis(FixScenario s, JsonNode detail) {
        String diagnosisId = detail.path("incident").path("diagnosisId").asText();
        DiagnosisMade diagnosis = records(Topics.DIAGNOSES, s.target(), DiagnosisMade.class).stream()
                .filter(d -> d.header().eventId().equals(diagnosisId)).findFirst()
                .orElseThrow(() -> new AssertionError(s + ": the incident's diagnosis " + diagnosisId + " not on "
                        + Topics.DIAGNOSES));
        assertTrue(!diagnosis.templateIds().isEmpty(), s + ": the diagnosis names the templates that caused it");
        String verdict = transitionReason(detail, "RESOLVED");
        diagnosis.templateIds().forEach(id -> assertTrue(verdict.contains(id),
                s + ": the verdict judged template " + id + " of the diagnosis: " + verdict));
    }

    /** The value is now the plan's {@code to} in the place the target declares. */
    private void assertChangedWhereDeclared(FixScenario s, ParameterChange change) throws Exception {
        switch (s.outcome().actuator()) {
            case "git-config" -> assertEquals(change.toValue(), world.configValue(s.target(), change.key()), s.toString());
            case "git-revert" -> assertArrayEquals(world.initialConfig(s.target()), world.configBytes(s.target()),
                    s + ": the file is as it was before the person's commit");
            case "k8s-configmap" -> assertEquals(change.toValue(), world.configMapValue(s.target(), change.key()));
            case "k8s-scale" -> assertEquals(Integer.valueOf(change.toValue()),
                    world.deployment(s.target()).getSpec().getReplicas());
            case "k8s-restart" -> assertEquals(change.toValue(), world.deployment(s.target()).getSpec().getTemplate()
                    .getMetadata().getAnnotations().get(change.key()));
            default -> throw new AssertionError("no check for actuator " + s.outcome().actuator());
        }
    }

    private void assertWaitsForAPersonWithNothingChanged(FixScenario s, JsonNode detail) throws Exception {
        String reason = transitionReason(detail, "AWAITING_APPROVAL");
        assertTrue(reason.contains(s.outcome().gate()), s + ": waits because " + reason);
        Thread.sleep(500);
        assertEquals(List.of(), commands(s.target(), null), s + ": no command for a fix that waits for a person");
        assertEquals("AWAITING_APPROVAL", fixture.client.get(fixture.coordinator() + "/api/incidents/"
                + detail.path("incident").path("id").asText()).path("data").path("incident").path("state").asText());
        if (world.hasRepo(s.target()) && !s.declared().personCommit()) {
            assertArrayEquals(world.initialConfig(s.target()), world.configBytes(s.target()), s + ": config untouched");
        }
    }

    private static String transitionReason(JsonNode detail, String toState) {
        for (JsonNode t : detail.path("transitions")) {
            if (t.path("toState").asText().equals(toState)) {
                return t.path("reason").asText();
            }
        }
        throw new AssertionError("no transition to " + toState + ": " + detail.path("transitions"));
    }

    private List<FixProposed> proposals(String target) {
        return records(Topics.FIX_PROPOSALS, target, FixProposed.class);
    }

    /** Commands of the target (null: all) of the type (null: any). */
    private List<CommandIssued> commands(String target, CommandType type) {
        return probe.drain(Duration.ofMillis(300)).stream()
                .filter(r -> r.topic().equals(Topics.COMMANDS) && (target == null || target.equals(r.key())))
                .map(r -> EventCodec.decode(r.value(), CommandIssued.class))
                .filter(c -> type == null || c.type() == type).toList();
    }

    private <T extends HealingEvent> List<T> records(String topic, String target, Class<T> type) {
        return probe.drain(Duration.ofMillis(300)).stream()
                .filter(r -> r.topic().equals(topic) && target.equals(r.key()))
                .map(r -> EventCodec.decode(r.value(), type)).toList();
    }

    private static List<String> describe(List<DiagnosisMade> diagnoses) {
        return diagnoses.stream().map(d -> d.issueType() + "=" + d.confidence()).toList();
    }

    /** The reports error-detector and monitor-agent would publish, straight onto their topics. */
    private record BrokerFeed(KafkaProbe probe, String target) implements FixScenario.Feed {

        @Override
        public void health(String targetId, String type, String status, FixScenario.Check... checks) {
            HealthStatus s = HealthStatus.valueOf(status);
            List<CheckResult> results = java.util.Arrays.stream(checks).map(c -> new CheckResult(c.name(),
                    HealthStatus.valueOf(c.status()), c.latencyMs(), c.details())).toList();
            probe.send(Topics.HEALTH, targetId, EventCodec.encode(new HealthReported(
                    EventHeader.create("monitor-agent", targetId), type, s,
                    s == HealthStatus.HEALTHY ? List.of() : List.of(type + " " + status), results)));
        }

        @Override
        public void errors(String category, String template, long lines, double perMinute) {
            Instant now = Instant.now();
            probe.send(Topics.ERRORS, target, EventCodec.encode(new ErrorDetected(
                    EventHeader.create("error-detector", target), category, Integer.toHexString(template.hashCode()),
                    template, Severity.HIGH, "NEW", lines, lines, perMinute, now, now,
                    List.of("ERROR " + template.replace("<*>", "42")))));
        }

        @Override
        public void logs(String stream, List<String> lines) {
            long offset = 0;
            for (String line : lines) {
                probe.send(Topics.LOGS, target, EventCodec.encode(new LogLineCollected(
                        EventHeader.create("monitor-agent", target), stream, offset++, line)));
            }
        }
    }
}
