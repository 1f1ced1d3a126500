package io.selfhealing.detector.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.detector.miner.MinerSettings;
import io.selfhealing.detector.miner.TemplateMiner;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.LogLineCollected;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Garbage on the detector's input stays harmless: no exception escapes and memory stays bounded. */
class GarbageInputTest {

    private final DetectorEngine engine = new DetectorEngine(DetectorSettings.defaults(),
            new LineCategoriser(CategoryRules.defaults()), MinerSettings.defaults(), target -> null);

    private void line(String text, long now) {
        engine.onLine(new LogLineCollected(EventHeader.create("monitor-agent", "t1"), "app.log", 0, text), now);
    }

    @Test
    void hugeInvalidAndBinaryLinesPassWithoutException() {
        Random r = new Random(5);
        byte[] binary = new byte[4096];
        r.nextBytes(binary);
        String[] junk = {"ERROR " + "x".repeat(1_048_576), "E".repeat(1_048_576),
            "{\"level\":\"error\",\"msg\":\"" + "z".repeat(1_048_576), "[".repeat(1_048_576),
            new String(binary, StandardCharsets.UTF_8), new String(binary, StandardCharsets.ISO_8859_1),
            new String(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0}, StandardCharsets.UTF_8),
            "\uD800 lone surrogate ERROR \uDFFF", "\u0000\u0000\u0000", "", " ", "\t\t", null};
        for (int round = 0; round < 100; round++) {
            for (String text : junk) {
                long now = round * 10L;
                assertDoesNotThrow(() -> line(text, now));
            }
        }
        assertDoesNotThrow(() -> engine.flush(10_000));
    }

    /**
     * A million distinct lines (no two share a template): the target's miner keeps at most
     * {@code maxTemplates} templates (5,000 by default, least recently seen dropped), so its memory is
     * bounded by maxTemplates x (at most 100 tokens of at most 2,048 characters in all) plus a cache of
     * 4 x maxTemplates entries.
     */
    @Test
    void aMillionDistinctLinesKeepTheMinerBounded() {
        MinerSettings settings = MinerSettings.defaults().withMaxTemplates(2_000);
        TemplateMiner miner = new TemplateMiner(settings);
        for (int i = 0; i < 1_000_000; i++) {
            miner.add(word(i) + " " + word(i * 7 + 3) + " happened");
            assertTrue(miner.size() <= 2_000);
        }
        assertEquals(2_000, miner.size());
        assertEquals(miner.add(word(999_999) + " " + word(999_999 * 7 + 3) + " happened").size(), 2,
                "the most recent template is still known");
    }

    @Test
    void distinctLinesThroughTheEngineKeepEveryTargetBounded() {
        for (int i = 0; i < 30_000; i++) {
            line("ERROR " + word(i) + " " + word(i + 1) + " exploded", i);
        }
        assertTrue(engine.templates("t1") <= MinerSettings.defaults().maxTemplates());
        assertTrue(engine.trackedWindows() <= DetectorSettings.defaults().maxWindows());
    }

    /** Letters only (no digit to mask), distinct for every i. */
    private static String word(int i) {
        StringBuilder b = new StringBuilder();
        int n = i;
        do {
            b.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.append('q').toString();
    }
}
