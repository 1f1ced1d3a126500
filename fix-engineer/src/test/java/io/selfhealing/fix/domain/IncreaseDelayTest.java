package io.selfhealing.fix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.events.RiskLevel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncreaseDelayTest {

    private static final String KEY = "upstream.delay.ms";
    private static final ResourceRef FILE = new ResourceRef(ResourceRef.GIT_FILE, "/repo", "t.properties");
    private final IncreaseDelay fix = new IncreaseDelay(KEY, 10000, 1.5);

    @Test
    void stepsByTheFactorRoundedAndStopsAtTheBound() {
        assertEquals(Optional.of(1200L), fix.next(800));
        assertEquals(Optional.of(1334L), fix.next(889));
        assertEquals(Optional.of(10000L), fix.next(9000));
        assertEquals(Optional.of(1L), fix.next(0));
        assertEquals(Optional.empty(), fix.next(10000));
        assertEquals(Optional.empty(), fix.next(20000));
    }

    @Test
    void proposesALowRiskPlanWithOneChange() {
        Proposal p = fix.propose(FILE, props("upstream.delay.ms=800\n"));
        assertEquals("increase_delay", p.plan().fixType());
        assertEquals("git-config", p.plan().actuator());
        assertEquals(RiskLevel.LOW, p.plan().risk());
        assertEquals(new ParameterChange(FILE, KEY, "800", "1200"), p.plan().changes().get(0));
    }

    @Test
    void proposesNothingAtTheBoundOrWithoutANumber() {
        Proposal atBound = fix.propose(FILE, props("upstream.delay.ms=10000\n"));
        assertNull(atBound.plan());
        assertTrue(atBound.rationale().contains("bound"));
        assertNull(fix.propose(FILE, props("upstream.delay.ms=soon\n")).plan());
        assertNull(fix.propose(FILE, props("other=1\n")).plan());
    }

    @Test
    void rejectsChangesOutsideItsBounds() {
        assertEquals(Optional.empty(), fix.reject(new ParameterChange(FILE, KEY, "800", "1200")));
        assertTrue(fix.reject(new ParameterChange(FILE, KEY, "800", "1201")).isPresent());
        assertTrue(fix.reject(new ParameterChange(FILE, KEY, "9000", "10001")).isPresent());
        assertTrue(fix.reject(new ParameterChange(FILE, KEY, "800", "700")).isPresent());
        assertTrue(fix.reject(new ParameterChange(FILE, "batch.size", "1", "1")).isPresent());
    }

    @Test
    void refusesAFactorAboveOneAndAHalf() {
        assertThrows(IllegalArgumentException.class, () -> new IncreaseDelay(KEY, 10000, 1.6));
        assertThrows(IllegalArgumentException.class, () -> new IncreaseDelay(KEY, 10000, 1.0));
    }

    private static PropertiesText props(String s) {
        return PropertiesText.of(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
