package io.selfhealing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LearningFormulaTest {

    @Test
    void seedExampleSeventyAtEightyPercentGivesSeventySix() {
        assertEquals(76, LearningFormula.adjust(70, 0.80));
    }

    @Test
    void clampsToFiftyAndHundred() {
        assertEquals(50, LearningFormula.adjust(55, 0.0));
        assertEquals(100, LearningFormula.adjust(95, 1.0));
    }

    @Test
    void keepsBaseUntilEnoughOutcomesExist() {
        var two = new LearningUpdated(EventHeader.create("learning-engine", "*"), "a", "b", 2, 0, 0.0);
        assertEquals(80, LearningFormula.adjust(80, two, 3));
        var three = new LearningUpdated(EventHeader.create("learning-engine", "*"), "a", "b", 3, 0, 0.0);
        assertEquals(70, LearningFormula.adjust(80, three, 3));
        assertEquals(80, LearningFormula.adjust(80, null, 3));
    }
}
