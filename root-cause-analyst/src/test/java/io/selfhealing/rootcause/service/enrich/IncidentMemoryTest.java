package io.selfhealing.rootcause.service.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.Evidence;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.OutcomeRecorded;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Index logic with a bag-of-words embedder: the MiniLM model's native tokenizer can be loaded by
 * one class loader per JVM only, and the @QuarkusTests (RootCauseAnalystTest) use the real model.
 */
class IncidentMemoryTest {

    private static final Embedder MINILM = text -> {
        float[] v = new float[64];
        for (String word : text.toLowerCase().split("[^a-z0-9_]+")) {
            v[Math.floorMod(word.hashCode(), 64)] += 1;
        }
        return v;
    };

    @Test
    void theNearestPastIncidentWithItsOutcomeIsAttachedAndTheIndexIsBounded() {
        IncidentMemory memory = new IncidentMemory(MINILM, 2, 1, 0.5);
        assertTrue(memory.similar(diagnosis("a", "rate_limiting", "<*> 429 Too Many Requests")).isEmpty());
        memory.remember(diagnosis("a", "rate_limiting", "<*> 429 Too Many Requests from upstream"));
        memory.onOutcome(outcome("a", "rate_limiting", "increase_delay", true));
        memory.remember(diagnosis("b", "db_pool_exhausted", "HikariPool-1 Connection is not available"));
        memory.onOutcome(outcome("b", "db_pool_exhausted", "raise_pool_size", false));

        List<Evidence> similar = memory.similar(diagnosis("c", "rate_limiting", "GET /x 429 Too Many Requests"));
        assertEquals(1, similar.size());
        assertEquals("rate_limiting on a, fix increase_delay succeeded", similar.get(0).description());
        assertTrue(similar.get(0).value() > 0.5);

        memory.remember(diagnosis("d", "overload", "OutOfMemoryError"));
        memory.onOutcome(outcome("d", "overload", "restart", true));
        memory.remember(diagnosis("e", "overload", "OutOfMemoryError"));
        memory.onOutcome(outcome("e", "overload", "restart", true));
        assertTrue(memory.similar(diagnosis("c", "rate_limiting", "GET /x 429 Too Many Requests")).stream()
                .noneMatch(e -> e.description().contains(" on a,")), "oldest evicted at the bound");
    }

    @Test
    void cosineOfAVectorWithItselfIsOne() {
        float[] v = MINILM.embed("rate limiting");
        assertEquals(1.0, IncidentMemory.cosine(v, v), 1e-5);
    }

    private static DiagnosisMade diagnosis(String target, String issue, String template) {
        return new DiagnosisMade(EventHeader.create("root-cause-analyst", target), issue, 85, "s", List.of(target),
                "configuration", 100, List.of(new Evidence("log", "6 lines, template '" + template + "'", 6)));
    }

    private static OutcomeRecorded outcome(String target, String issue, String fix, boolean success) {
        return new OutcomeRecorded(EventHeader.create("coordinator", target, "inc-" + target), issue, fix, success,
                success ? IncidentState.RESOLVED : IncidentState.ROLLED_BACK, 85, 85, 1000, "");
    }
}
