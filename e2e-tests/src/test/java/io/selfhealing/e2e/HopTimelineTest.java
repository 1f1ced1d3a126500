package io.selfhealing.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.EventCodec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HopTimelineTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void momentsFollowTheIncidentsOwnDiagnosisProposalCommandsAndAnswers() throws Exception {
        List<HopTimeline.Seen> seen = List.of(
                seen("healing.logs", "a", 40, "{\"header\":{\"eventId\":\"l0\"},\"line\":\"GET 200 ok\"}"),
                seen("healing.logs", "b", 45, "{\"header\":{\"eventId\":\"l1\"},\"line\":\"GET 429 slow\"}"),
                seen("healing.logs", "a", 50, "{\"header\":{\"eventId\":\"l2\"},\"line\":\"GET 429 slow\"}"),
                seen("healing.errors", "a", 1_050, "{\"header\":{\"eventId\":\"e1\"}}"),
                seen("healing.diagnoses", "a", 2_000, "{\"header\":{\"eventId\":\"d-early\"}}"),
                seen("healing.diagnoses", "a", 3_000, "{\"header\":{\"eventId\":\"d1\"}}"),
                seen("healing.fix-proposals", "a", 3_040, "{\"header\":{\"eventId\":\"p1\"}}"),
                seen("healing.commands", "a", 3_100,
                        "{\"header\":{\"eventId\":\"c1\",\"incidentId\":\"inc-1\"},\"type\":\"BACKUP\"}"),
                seen("healing.backups", "a", 3_160, "{\"header\":{\"eventId\":\"b1\"},\"commandId\":\"c1\"}"),
                seen("healing.commands", "a", 3_200,
                        "{\"header\":{\"eventId\":\"c2\",\"incidentId\":\"inc-1\"},\"type\":\"APPLY\"}"),
                seen("healing.fix-results", "a", 3_290, "{\"header\":{\"eventId\":\"f1\"},\"commandId\":\"c2\"}"));
        JsonNode incident = EventCodec.mapper().readTree(
                "{\"id\":\"inc-1\",\"diagnosisId\":\"d1\",\"proposalId\":\"p1\"}");

        Map<String, Long> hops = HopTimeline.hops(HopTimeline.moments("a", T0, l -> l.contains(" 429 "), incident,
                seen));

        assertEquals(50, hops.get("line written -> collected"));
        assertEquals(1_000, hops.get("collected -> detected"));
        assertEquals(1_950, hops.get("detected -> diagnosed"), "the diagnosis the incident acted on, not the first");
        assertEquals(40, hops.get("diagnosed -> proposed"));
        assertEquals(60, hops.get("BACKUP issued -> backed up"));
        assertEquals(90, hops.get("APPLY issued -> applied"));
        assertEquals(290, hops.get("diagnosed -> applied (fix commit)"));
    }

    @Test
    void aHopWithAMissingMomentIsLeftOutNotGuessed() throws Exception {
        JsonNode incident = EventCodec.mapper().readTree("{\"id\":\"inc-9\",\"diagnosisId\":\"x\",\"proposalId\":\"y\"}");
        Map<String, Long> hops = HopTimeline.hops(HopTimeline.moments("a", T0, l -> true, incident, List.of()));
        assertTrue(hops.isEmpty(), hops.toString());
    }

    @Test
    void nearestRankPercentilesAndTable() {
        List<Long> values = List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 1_000L);
        assertEquals(50, HopTimeline.percentile(values, 50));
        assertEquals(1_000, HopTimeline.percentile(values, 95));
        assertEquals(-1, HopTimeline.percentile(List.of(), 95));
        String table = HopTimeline.table(List.of(Map.of("collected -> detected", 7L)));
        assertTrue(table.contains("| collected -> detected | 7 | 7 | 7 | 1 |"), table);
        assertFalse(table.contains("| collected -> detected | -1"), table);
    }

    private static HopTimeline.Seen seen(String topic, String key, long ms, String json) throws Exception {
        return new HopTimeline.Seen(topic, key, T0.plusMillis(ms), EventCodec.mapper().readTree(json));
    }
}
