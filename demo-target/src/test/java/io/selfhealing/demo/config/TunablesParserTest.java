package io.selfhealing.demo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TunablesParserTest {

    @Test
    void readsAllThreeKeys() {
        assertEquals(new Tunables(1200, 25, 3000), TunablesParser.parse(
                "# tuned by healing\nupstream.delay.ms = 1200\nbatch.size=25\nrequest.timeout.ms=3000\n"));
    }

    @Test
    void missingKeysTakeTheirDefaults() {
        assertEquals(new Tunables(1200, 10, 2000), TunablesParser.parse("upstream.delay.ms=1200"));
    }

    @Test
    void describesValuesAsTheLogLineShowsThem() {
        assertEquals("upstream.delay.ms=1200 batch.size=10 request.timeout.ms=2000",
                new Tunables(1200, 10, 2000).describe());
    }

    @Test
    void rejectsNonNumbersOutOfRangeValuesAndEmptyFiles() {
        assertEquals("upstream.delay.ms='abc' is not a whole number",
                assertThrows(IllegalArgumentException.class,
                        () -> TunablesParser.parse("upstream.delay.ms=abc")).getMessage());
        assertEquals("batch.size=0 is outside [1, 10000]", assertThrows(IllegalArgumentException.class,
                () -> TunablesParser.parse("batch.size=0")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TunablesParser.parse("request.timeout.ms=-5"));
        assertThrows(IllegalArgumentException.class, () -> TunablesParser.parse("upstream.delay.ms=1.5"));
        assertEquals("file is empty", assertThrows(IllegalArgumentException.class,
                () -> TunablesParser.parse("  \n")).getMessage());
    }
}
