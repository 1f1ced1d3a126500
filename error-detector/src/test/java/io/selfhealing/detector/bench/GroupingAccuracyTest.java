package io.selfhealing.detector.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingAccuracyTest {

    @Test
    void countsOnlyGroupsThatEqualATrueGroupExactly() {
        List<String> truth = List.of("E1", "E1", "E2", "E2", "E3", "E3", "E4", "");
        // g1 = E1 exactly (2 correct, the line without a true id is dropped); g2 mixes E2 and E3 (0);
        // g3 holds the other E3 (0); g4 = E4 (1).
        List<String> parsed = List.of("g1", "g1", "g2", "g2", "g2", "g3", "g4", "g1");
        assertEquals(3.0 / 7, GroupingAccuracy.of(truth, parsed), 1e-12);
    }

    @Test
    void splittingATrueGroupLosesAllItsLines() {
        assertEquals(0.5, GroupingAccuracy.of(List.of("A", "A", "B", "B"), List.of("x", "y", "z", "z")), 1e-12);
        assertEquals(1.0, GroupingAccuracy.of(List.of("A", "A", "B"), List.of("p", "p", "q")), 1e-12);
    }

    @Test
    void headerLayoutFollowsTheLogparserConvention() {
        var pattern = LoghubDataset.headerPattern("<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>");
        var m = pattern.matcher("2015-10-18 18:01:47,978 INFO  [main] o.a.h.MRAppMaster: Created MRAppMaster 1");
        assertTrue(m.matches());
        assertEquals("Created MRAppMaster 1", m.group("Content"));
    }
}
