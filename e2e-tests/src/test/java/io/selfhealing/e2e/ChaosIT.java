package io.selfhealing.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.e2e.ChaosHooks.Hook;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Chaos, automated: four targets with their own rate-limit faults in one platform start, and while
 * their incidents run, {@code kill -9} of every agent at a state it takes part in (then the same
 * agent started again), a broker restart and a PostgreSQL restart. The hooks wait for the
 * incident's state on {@code healing.incidents}; no fixed sleeps. Kills overlap across targets.
 * This is the CI subset (every agent once, the coordinator twice, broker, database); the full
 * agent × state matrix runs with {@code bench/chaos full}.
 *
 * <p>Not in CI yet: enabled by {@code -Dhealing.chaos=true} ({@code bench/chaos ci|full}) until it has
 * run green within the CI budget.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "healing.chaos", matches = "true")
class ChaosIT {

    private static final Set<String> TERMINAL = Set.of("RESOLVED", "ROLLED_BACK", "FAILED", "REJECTED");
    /** Upper bound for an incident under chaos: the saga's own deadlines plus agent restarts. */
    private static final Duration INCIDENT_BOUND = Duration.ofMinutes(Long.getLong("chaos.bound-minutes", 6));

    private final List<Hook> hooks = ChaosMatrix.hooks(System.getProperty("chaos.matrix", "ci"));
    private final List<String> targets = hooks.stream().map(Hook::target).distinct().toList();
    private final Map<String, String> incidentOf = new HashMap<>();
    private final Map<String, String> finalState = new HashMap<>();
    private final Map<String, Instant> opened = new HashMap<>();
    private final Map<String, Instant> ended = new HashMap<>();
    private PlatformFixture fixture;
    private KafkaProbe probe;
    private ChaosHooks chaos;
    private List<ConsumerRecord<String, String>> records = List.of();

    @BeforeAll
    void runTheFaultsThroughTheKills() throws Exception {
        fixture = new PlatformFixture(targets);
        probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.INCIDENTS, Topics.COMMANDS,
                Topics.BACKUPS, Topics.FIX_RESULTS, Topics.OUTCOMES);
        chaos = new ChaosHooks(fixture.platform, hooks);
        targets.forEach(t -> fixture.injectRateLimit(t, ChaosMatrix.fault(t)));
        Instant deadline = Instant.now().plus(INCIDENT_BOUND).plus(Duration.ofMinutes(2));
        int read = 0;
        while (finalState.size() < targets.size() && Instant.now().isBefore(deadline)) {
            records = probe.drain(Duration.ofMillis(300));
            for (; read < records.size(); read++) {
                ConsumerRecord<String, String> r = records.get(read);
                if (r.topic().equals(Topics.INCIDENTS)) {
                    chaos.onIncidentEvent(r.key(), r.value());
                    track(r);
                }
            }
        }
        chaos.awaitRestarts(Duration.ofMinutes(4));
        records = probe.drain(Duration.ofSeconds(2));
        System.out.println(ChaosMatrix.table(chaos.fired(), chaos.notFired(), incidentOf, finalState, opened, ended));
    }

    @AfterAll
    void stop() {
        if (chaos != null) {
            chaos.close();
        }
        if (probe != null) {
            probe.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void everyKillAndRestartHappenedWhileAnIncidentWasInItsState() {
        assertEquals(List.of(), chaos.notFired(), "hooks whose state was never reached");
        chaos.fired().values().forEach(f -> assertNull(f.error(), f.hook() + " failed: " + f.error()));
    }

    @Test
    void everyIncidentReachedATerminalStateWithinItsBound() {
        for (String target : targets) {
            assertTrue(incidentOf.containsKey(target), target + ": no incident opened");
            assertTrue(TERMINAL.contains(finalState.get(target)), target + " ended in " + finalState.get(target));
            Duration took = Duration.between(opened.get(target), ended.get(target));
            assertTrue(took.compareTo(INCIDENT_BOUND) <= 0, target + " took " + took);
        }
    }

    @Test
    void noFixWasAppliedTwice() throws Exception {
        for (String target : targets) {
            String incident = incidentOf.get(target);
            long fixCommits = fixture.commits(target).stream()
                    .filter(c -> c.getFullMessage().contains("incident " + incident))
                    .filter(c -> !c.getShortMessage().startsWith("Revert")).count();
            Set<String> appliedCommits = answers(Topics.FIX_RESULTS, incident, "APPLY").stream()
                    .filter(a -> a.path("success").asBoolean())
                    .map(a -> a.path("commitId").asText()).collect(Collectors.toSet());
            assertTrue(fixCommits <= 1, target + ": " + fixCommits + " fix commits for " + incident);
            assertTrue(appliedCommits.size() <= 1, target + ": APPLY executed as " + appliedCommits);
            if ("RESOLVED".equals(finalState.get(target))) {
                assertEquals(1, fixCommits, target + ": a resolved incident has its one fix commit");
            }
        }
    }

    @Test
    void noBackupAndNoOutcomeWasLost() {
        JsonNode outcomes = fixture.client.get(fixture.platform.service("learning-engine").url()
                + "/api/learning/outcomes?limit=1000");
        List<String> outcomeIncidents = outcomes.findValuesAsText("incidentId");
        for (String target : targets) {
            String incident = incidentOf.get(target);
            JsonNode detail = fixture.client.get(fixture.coordinator() + "/api/incidents/" + incident).path("data");
            String backupId = detail.path("incident").path("backupId").asText();
            if (!backupId.isBlank()) {
                JsonNode backup = fixture.client.get(fixture.platform.service("backup-manager").url()
                        + "/api/backups/" + backupId);
                assertFalse(backup.toString().isBlank(), target + ": backup " + backupId + " is gone");
            }
            if (Set.of("RESOLVED", "ROLLED_BACK").contains(finalState.get(target))) {
                assertEquals(1, outcomeIncidents.stream().filter(incident::equals).count(),
                        target + ": outcomes of " + incident + " in learning-engine: " + outcomeIncidents);
            }
        }
    }

    private void track(ConsumerRecord<String, String> r) {
        JsonNode event = json(r.value());
        String incident = event.path("header").path("incidentId").asText();
        String to = event.path("to").asText();
        incidentOf.putIfAbsent(r.key(), incident);
        if (!incident.equals(incidentOf.get(r.key()))) {
            return;
        }
        opened.putIfAbsent(r.key(), Instant.ofEpochMilli(r.timestamp()));
        if (TERMINAL.contains(to)) {
            finalState.put(r.key(), to);
            ended.put(r.key(), Instant.ofEpochMilli(r.timestamp()));
        }
    }

    private List<JsonNode> answers(String topic, String incident, String commandType) {
        Set<String> commandIds = new java.util.HashSet<>();
        List<JsonNode> answers = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode event = json(r.value());
            if (r.topic().equals(Topics.COMMANDS) && incident.equals(event.path("header").path("incidentId").asText())
                    && commandType.equals(event.path("type").asText())) {
                commandIds.add(event.path("header").path("eventId").asText());
            }
        }
        for (ConsumerRecord<String, String> r : records) {
            JsonNode event = json(r.value());
            if (r.topic().equals(topic) && commandIds.contains(event.path("commandId").asText())) {
                answers.add(event);
            }
        }
        return answers;
    }

    private static JsonNode json(String value) {
        try {
            return EventCodec.mapper().readTree(value);
        } catch (Exception e) {
            return EventCodec.mapper().createObjectNode();
        }
    }
}
