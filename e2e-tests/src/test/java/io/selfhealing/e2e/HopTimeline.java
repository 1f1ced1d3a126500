package io.selfhealing.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where one incident's healing time went: the moments its events were published (Kafka record
 * timestamps, CreateTime, set by the producing agent) and the hops between consecutive moments.
 * Pure logic over what a probe recorded; the moments are on one machine's clock.
 */
final class HopTimeline {

    /** A record the probe saw: topic, key, timestamp, decoded JSON value. */
    record Seen(String topic, String key, Instant at, JsonNode value) {
        String eventId() {
            return value.path("header").path("eventId").asText();
        }

        String incidentId() {
            return value.path("header").path("incidentId").asText();
        }
    }

    /** Moments in pipeline order; a hop is the time from one to the next. */
    static final List<String> MOMENTS = List.of("written", "collected", "detected", "diagnosed", "proposed",
            "backup-cmd", "backed-up", "apply-cmd", "applied");

    /** The hops the issue names, each spanning one or more consecutive moments. */
    static final List<String[]> HOPS = List.of(
            new String[] {"line written -> collected", "written", "collected"},
            new String[] {"collected -> detected", "collected", "detected"},
            new String[] {"detected -> diagnosed", "detected", "diagnosed"},
            new String[] {"diagnosed -> proposed", "diagnosed", "proposed"},
            new String[] {"proposed -> BACKUP issued", "proposed", "backup-cmd"},
            new String[] {"BACKUP issued -> backed up", "backup-cmd", "backed-up"},
            new String[] {"backed up -> APPLY issued", "backed-up", "apply-cmd"},
            new String[] {"APPLY issued -> applied", "apply-cmd", "applied"},
            new String[] {"proposed -> backed up", "proposed", "backed-up"},
            new String[] {"backed up -> applied", "backed-up", "applied"},
            new String[] {"diagnosed -> applied (fix commit)", "diagnosed", "applied"});

    private HopTimeline() {
    }

    /**
     * The moments of one incident: {@code firstWritten} is the target's first error line (its log
     * time), {@code incident} the coordinator's incident row (diagnosisId, proposalId, id).
     */
    static Map<String, Instant> moments(String target, Instant firstWritten, Predicate<String> errorLine,
            JsonNode incident, List<Seen> seen) {
        Map<String, Instant> at = new LinkedHashMap<>();
        at.put("written", firstWritten);
        String incidentId = incident.path("id").asText();
        first(seen, s -> s.topic().endsWith(".logs") && target.equals(s.key())
                && errorLine.test(s.value().path("line").asText())).ifPresent(s -> at.put("collected", s.at()));
        first(seen, s -> s.topic().endsWith(".errors") && target.equals(s.key()))
                .ifPresent(s -> at.put("detected", s.at()));
        first(seen, s -> s.topic().endsWith(".diagnoses") && s.eventId().equals(incident.path("diagnosisId").asText()))
                .ifPresent(s -> at.put("diagnosed", s.at()));
        first(seen, s -> s.topic().endsWith(".fix-proposals")
                && s.eventId().equals(incident.path("proposalId").asText())).ifPresent(s -> at.put("proposed", s.at()));
        Optional<Seen> backup = command(seen, incidentId, "BACKUP");
        backup.ifPresent(s -> at.put("backup-cmd", s.at()));
        backup.flatMap(c -> answer(seen, ".backups", c.eventId())).ifPresent(s -> at.put("backed-up", s.at()));
        Optional<Seen> apply = command(seen, incidentId, "APPLY");
        apply.ifPresent(s -> at.put("apply-cmd", s.at()));
        apply.flatMap(c -> answer(seen, ".fix-results", c.eventId())).ifPresent(s -> at.put("applied", s.at()));
        return at;
    }

    /** Milliseconds per hop whose two moments are known. */
    static Map<String, Long> hops(Map<String, Instant> moments) {
        Map<String, Long> hops = new LinkedHashMap<>();
        for (String[] hop : HOPS) {
            Instant from = moments.get(hop[1]);
            Instant to = moments.get(hop[2]);
            if (from != null && to != null) {
                hops.put(hop[0], to.toEpochMilli() - from.toEpochMilli());
            }
        }
        return hops;
    }

    /** The nearest-rank percentile (p in 0..100) of the values; empty list gives -1. */
    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** A Markdown table: hop, p50, p95, max, n over all runs' hops. */
    static String table(List<Map<String, Long>> runs) {
        StringBuilder out = new StringBuilder("| hop | p50 ms | p95 ms | max ms | n |\n|---|---:|---:|---:|---:|\n");
        for (String[] hop : HOPS) {
            List<Long> values = runs.stream().map(r -> r.get(hop[0])).filter(v -> v != null).toList();
            out.append("| ").append(hop[0]).append(" | ").append(percentile(values, 50)).append(" | ")
                    .append(percentile(values, 95)).append(" | ").append(percentile(values, 100)).append(" | ")
                    .append(values.size()).append(" |\n");
        }
        return out.toString();
    }

    private static Optional<Seen> command(List<Seen> seen, String incidentId, String type) {
        return first(seen, s -> s.topic().endsWith(".commands") && incidentId.equals(s.incidentId())
                && type.equals(s.value().path("type").asText()));
    }

    private static Optional<Seen> answer(List<Seen> seen, String topicSuffix, String commandId) {
        return first(seen, s -> s.topic().endsWith(topicSuffix) && commandId.equals(s.value().path("commandId").asText()));
    }

    private static Optional<Seen> first(List<Seen> seen, Predicate<Seen> match) {
        return seen.stream().filter(match).findFirst();
    }
}
