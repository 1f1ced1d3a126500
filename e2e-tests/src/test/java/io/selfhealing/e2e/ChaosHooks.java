package io.selfhealing.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.EventCodec;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.launch.PlatformLauncher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Faults the chaos suite injects when an incident enters a state: {@code kill -9} of an agent then
 * the same agent started again, or a restart of the broker or of PostgreSQL. A hook fires once, when
 * the {@code healing.incidents} event of its (target, state) is seen; hooks of one action run one
 * after another (an agent is never killed twice at once), hooks of different actions overlap.
 */
final class ChaosHooks implements AutoCloseable {

    static final String BROKER = "kafka-broker";
    static final String POSTGRES = "postgresql";

    /** Kill {@code action} (an agent, {@link #BROKER} or {@link #POSTGRES}) when {@code target} enters {@code state}. */
    record Hook(String target, String state, String action) {
    }

    /** What happened: when the state was seen, when the action was done, how long the restart took. */
    record Fired(Hook hook, String incidentId, Instant stateSeen, Instant killed, long restartMs, String error) {
    }

    private final PlatformLauncher platform;
    private final List<Hook> pending;
    private final Map<Hook, Fired> fired = new ConcurrentHashMap<>();
    private final Map<String, ExecutorService> lanes = new LinkedHashMap<>();

    ChaosHooks(PlatformLauncher platform, List<Hook> hooks) {
        this.platform = platform;
        this.pending = new ArrayList<>(hooks);
    }

    /** Looks at one {@code healing.incidents} record and fires the hooks it triggers. */
    void onIncidentEvent(String targetId, String json) {
        JsonNode event;
        try {
            event = EventCodec.mapper().readTree(json);
        } catch (Exception e) {
            return;
        }
        String state = event.path("to").asText();
        String incident = event.path("header").path("incidentId").asText();
        for (Hook hook : List.copyOf(pending)) {
            if (hook.target().equals(targetId) && hook.state().equals(state)) {
                pending.remove(hook);
                Instant seen = Instant.now();
                lanes.computeIfAbsent(hook.action(), a -> Executors.newSingleThreadExecutor())
                        .submit(() -> fire(hook, incident, seen));
            }
        }
    }

    List<Hook> notFired() {
        return List.copyOf(pending);
    }

    Map<Hook, Fired> fired() {
        return Map.copyOf(fired);
    }

    /** Waits until every fired hook's restart is over. */
    void awaitRestarts(Duration timeout) throws InterruptedException {
        for (ExecutorService lane : lanes.values()) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes.values()) {
            lane.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void fire(Hook hook, String incident, Instant seen) {
        Instant killed = Instant.now();
        try {
            switch (hook.action()) {
                case BROKER -> SharedInfra.get().kafka().restart();
                case POSTGRES -> SharedInfra.get().database().restart();
                default -> platform.killAndRestart(hook.action());
            }
            fired.put(hook, new Fired(hook, incident, seen, killed,
                    Duration.between(killed, Instant.now()).toMillis(), null));
        } catch (Exception | AssertionError e) {
            fired.put(hook, new Fired(hook, incident, seen, killed, -1, e.toString()));
        }
    }

    @Override
    public void close() {
        lanes.values().forEach(ExecutorService::shutdownNow);
    }
}
