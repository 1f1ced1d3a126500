package io.selfhealing.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scale out on Kafka: two instances of every consuming agent (same consumer groups), faults on
 * targets spread over both partitions of the topics, and when the first incident starts its fix one
 * instance of every agent is killed with {@code kill -9} (no restart): the survivors take the
 * partitions over and every incident still resolves once, with one fix commit each. monitor-agent
 * runs once (it has no consumer group; a second one would collect every line twice).
 *
 * <p>Runs with every {@code mvn verify} (e2e-tests sets {@code healing.scale-out=true}; 105 s on the
 * shared 2-core machine); {@code -Dhealing.scale-out=false} skips it, {@code bench/scale-out} runs it alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "healing.scale-out", matches = "true")
class ScaleOutIT {

    private static final Set<String> TERMINAL = Set.of("RESOLVED", "ROLLED_BACK", "FAILED", "REJECTED");
    private static final List<String> SCALED = List.of("learning-engine", "coordinator", "backup-manager",
            "fix-engineer", "root-cause-analyst", "error-detector");
    /** The coordinator's REST port stays the original's: the second coordinator is the one killed. */
    private final Map<String, String> killed = new LinkedHashMap<>();

    private final List<String> targets = targetsOnBothPartitions(3);
    private final Map<String, List<String>> incidents = new HashMap<>();
    private final Map<String, String> finalState = new HashMap<>();
    private PlatformFixture fixture;
    private KafkaProbe probe;
    private List<ConsumerRecord<String, String>> records = List.of();
    private Instant killedAt;

    @BeforeAll
    void healWhileHalfTheAgentsDie() throws Exception {
        fixture = new PlatformFixture(targets);
        for (String agent : SCALED) {
            fixture.platform.addInstance(agent);
            killed.put(agent, agent.equals("coordinator") ? agent + "#2" : agent);
        }
        probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.INCIDENTS, Topics.COMMANDS,
                Topics.FIX_RESULTS);
        targets.forEach(t -> fixture.injectRateLimit(t, "{\"maxCallsPerSecond\": 1.0}"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        int read = 0;
        while (finalState.size() < targets.size() && Instant.now().isBefore(deadline)) {
            records = probe.drain(Duration.ofMillis(300));
            for (; read < records.size(); read++) {
                if (records.get(read).topic().equals(Topics.INCIDENTS)) {
                    track(records.get(read));
                }
            }
        }
        records = probe.drain(Duration.ofSeconds(2));
    }

    @AfterAll
    void stop() {
        if (probe != null) {
            probe.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void oneInstanceOfEveryAgentWasKilledMidRun() {
        assertTrue(killedAt != null, "no incident started a fix, so nothing was killed");
        killed.values().forEach(name -> assertTrue(!fixture.platform.service(name).alive(), name + " alive"));
    }

    @Test
    void everyIncidentResolvesOnceWithOneCommit() throws Exception {
        System.out.println("SCALE-OUT targets " + targets + " (partition " + partitions() + "), incidents "
                + incidents + ", final " + finalState + ", killed " + killed.values() + " at " + killedAt);
        for (String target : targets) {
            assertEquals(1, incidents.getOrDefault(target, List.of()).size(), target + ": " + incidents.get(target));
            String incident = incidents.get(target).get(0);
            assertEquals("RESOLVED", finalState.get(target), target);
            long fixCommits = fixture.commits(target).stream()
                    .filter(c -> c.getFullMessage().contains("incident " + incident)).count();
            assertEquals(1, fixCommits, target + ": fix commits for " + incident);
            assertEquals(1, appliedCommits(incident).size(), target + ": APPLY results " + appliedCommits(incident));
        }
    }

    private void track(ConsumerRecord<String, String> r) {
        JsonNode event = json(r.value());
        String incident = event.path("header").path("incidentId").asText();
        List<String> list = incidents.computeIfAbsent(r.key(), k -> new ArrayList<>());
        if (!list.contains(incident)) {
            list.add(incident);
        }
        String to = event.path("to").asText();
        if (TERMINAL.contains(to)) {
            finalState.put(r.key(), to);
        }
        if (killedAt == null && "BACKING_UP".equals(to)) {
            killedAt = Instant.now();
            killed.values().parallelStream().forEach(this::kill);
        }
    }

    private void kill(String name) {
        try {
            fixture.platform.kill(name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Set<String> appliedCommits(String incident) {
        Set<String> commandIds = new TreeSet<>();
        Set<String> commits = new TreeSet<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode e = json(r.value());
            if (r.topic().equals(Topics.COMMANDS) && incident.equals(e.path("header").path("incidentId").asText())
                    && "APPLY".equals(e.path("type").asText())) {
                commandIds.add(e.path("header").path("eventId").asText());
            }
        }
        for (ConsumerRecord<String, String> r : records) {
            JsonNode e = json(r.value());
            if (r.topic().equals(Topics.FIX_RESULTS) && commandIds.contains(e.path("commandId").asText())
                    && e.path("success").asBoolean()) {
                commits.add(e.path("commitId").asText());
            }
        }
        return commits;
    }

    private Map<String, Integer> partitions() {
        Map<String, Integer> p = new LinkedHashMap<>();
        targets.forEach(t -> p.put(t, partition(t)));
        return p;
    }

    /** Kafka's default partitioner for a keyed record: murmur2 of the key modulo the partition count (2 here). */
    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 2;
    }

    /** {@code count} target names, at least one on each of the two partitions. */
    private static List<String> targetsOnBothPartitions(int count) {
        List<String> chosen = new ArrayList<>();
        int[] perPartition = new int[2];
        for (int i = 0; chosen.size() < count; i++) {
            String name = "scale-" + i;
            int p = partition(name);
            if (perPartition[p] < (count + 1) / 2) {
                perPartition[p]++;
                chosen.add(name);
            }
        }
        return chosen;
    }

    private static JsonNode json(String value) {
        try {
            return EventCodec.mapper().readTree(value);
        } catch (Exception e) {
            return EventCodec.mapper().createObjectNode();
        }
    }
}
