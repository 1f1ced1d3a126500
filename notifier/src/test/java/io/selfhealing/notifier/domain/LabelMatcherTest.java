package io.selfhealing.notifier.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {

    private static final Map<String, String> SHOP = Map.of("severity", "HIGH", "targetId", "shop-api",
            "title", "Fix \"awaiting\" approval");

    @Test
    void equalityRegexAndTheirNegations() {
        assertTrue(LabelMatcher.parse("targetId=\"shop-api\"").matches(SHOP));
        assertFalse(LabelMatcher.parse("targetId!=\"shop-api\"").matches(SHOP));
        assertTrue(LabelMatcher.parse("targetId=~\"shop-.*\"").matches(SHOP));
        assertFalse(LabelMatcher.parse("targetId=~\"shop\"").matches(SHOP), "regex is anchored");
        assertTrue(LabelMatcher.parse("targetId!~\"db-.*\"").matches(SHOP));
        assertTrue(LabelMatcher.parse("title = \"Fix \\\"awaiting\\\" approval\"").matches(SHOP));
    }

    @Test
    void aMissingLabelIsTheEmptyString() {
        assertTrue(LabelMatcher.parse("team=\"\"").matches(SHOP));
        assertFalse(LabelMatcher.parse("team=~\".+\"").matches(SHOP));
    }

    @Test
    void severityCompareIsMonotoneInTheSeverity() {
        String[] order = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
        for (int threshold = 0; threshold < order.length; threshold++) {
            LabelMatcher m = LabelMatcher.parse("severity>=\"" + order[threshold] + "\"");
            for (int s = 0; s < order.length; s++) {
                boolean matches = m.matches(Map.of("severity", order[s]));
                if (s >= threshold != matches) {
                    throw new AssertionError(order[s] + " vs >= " + order[threshold] + ": " + matches);
                }
            }
        }
    }

    @Test
    void rejectsWhatItCannotRead() {
        for (String bad : new String[] {"", "severity", "9x=\"a\"", "title~\"x\"", "targetId>=\"a\"",
                "severity>=\"URGENT\"", "title=~\"(\""}) {
            assertThrows(IllegalArgumentException.class, () -> LabelMatcher.parse(bad), bad);
        }
    }
}
