package io.selfhealing.detector.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class HeaderDetectorTest {

    private static final String[] MESSAGES = {"Connection to db-%d refused", "user %d logged in from 10.0.0.%d",
        "Starting worker pool size %d", "cache miss ratio %d high", "request %d failed: timeout after 30 s",
        "GET /api/items/%d returned %d"};

    /** Learns from 64 lines of the layout (varied messages), then returns the message of a new line. */
    private static String message(IntFunction<String> header, String message) {
        HeaderDetector d = new HeaderDetector();
        Random r = new Random(1);
        for (int i = 0; i < HeaderDetector.LEARN_LINES; i++) {
            d.learn(header.apply(i) + String.format(MESSAGES[r.nextInt(MESSAGES.length)], r.nextInt(99), r.nextInt(9)));
        }
        assertTrue(d.ready());
        String line = header.apply(7) + message;
        return line.substring(d.start(line), d.end());
    }

    @Test
    void cutsTimestampsInEveryCommonForm() {
        String m = "Connection to db-1 refused";
        assertEquals(m, message(i -> "2026-01-05T10:00:0" + i % 10 + ".123+01:00 ", m), "ISO-8601 with zone");
        assertEquals(m, message(i -> "2026-01-05 10:00:0" + i % 10 + ",331 ", m), "ISO with comma fraction");
        assertEquals(m, message(i -> "Dec 10 06:55:4" + i % 10 + " ", m), "syslog");
        assertEquals(m, message(i -> "[Sun Dec 04 04:47:4" + i % 10 + " 2005] ", m), "Apache");
        assertEquals(m, message(i -> (1_117_838_570L + i) + " ", m), "epoch seconds");
        assertEquals(m, message(i -> (1_767_600_000_123L + i) + " ", m), "epoch millis");
        assertEquals(m, message(i -> "081109 2036" + (10 + i % 50) + " ", m), "yyMMdd HHmmss");
        assertEquals(m, message(i -> "05.01 10:00:" + (10 + i % 50) + " ", m), "dd.MM HH:mm:ss");
        assertEquals(m, message(i -> "2005-06-03-15.42.50." + (100_000 + i) + " ", m), "yyyy-MM-dd-HH.mm.ss.SSSSSS");
    }

    @Test
    void cutsLevelsPidsHostsBracketsAndComponentPrefixes() {
        String m = "request 7 failed: timeout after 30 s";
        String[] levels = {"INFO", "WARN", "ERROR", "DEBUG"};
        assertEquals(m, message(i -> "2026-01-05 10:00:00,1" + i % 10 + " " + levels[i % 4] + " [worker-" + i % 3
                + "] c.e.app.Service: ", m), "Java: level, thread, logger:");
        assertEquals(m, message(i -> "Jan  5 10:00:0" + i % 10 + " host-" + i % 3 + " app[" + (1000 + i) + "]: ", m),
                "syslog host and tag[pid]:");
        assertEquals(m, message(i -> "2026-01-05 10:00:00.12" + i % 10 + "  " + levels[i % 4] + " " + (4000 + i)
                + " --- [           main] o.s.b.StartupInfoLogger  : ", m), "Spring Boot");
        assertEquals(m, message(i -> "20171223-22:15:29:" + (100 + i) + "|Step_LSC|" + (30002312 + i % 2) + "|", m),
                "pipe-separated");
        assertEquals(m, message(i -> "2016-09-28 04:30:3" + i % 10 + ", Info                  CBS    ", m),
                "padded columns");
        assertEquals(m, message(i -> "2026-01-05 10:00:00,1" + i % 10 + " - app.jobs - " + levels[i % 4] + " - ", m),
                "Python with separators");
    }

    @Test
    void keepsQuotedRequestsAndMessagesThatOnlyLookLikeHeaders() {
        String access = "\"GET /api/items/1 HTTP/1.1\" 200 169 \"-\" \"curl/8.0\"";
        assertEquals(access, message(i -> "10.0.0." + i % 9 + " - - [05/Jan/2026:10:00:0" + i % 10 + " +0000] ", access));
        assertEquals("plain text without header 5", message(i -> "", "plain text without header 5"));
    }

    @Test
    void aLineThatOnlyPartlyFitsLosesOnlyWhatFits() {
        HeaderDetector d = new HeaderDetector();
        for (int i = 0; i < HeaderDetector.LEARN_LINES; i++) {
            d.learn("2026-01-05 10:00:0" + i % 10 + " INFO c.e.App: started " + i);
        }
        String odd = "2026-01-05 10:00:01 something else entirely";
        assertEquals("something else entirely", odd.substring(d.start(odd)));
        String continuation = "\tat c.e.App.run(App.java:42)";
        assertEquals(0, d.start(continuation), "a continuation line is mined whole");
    }

    @Test
    void learnsAgainWhenTheStreamChangesLayout() {
        HeaderDetector d = new HeaderDetector();
        for (int i = 0; i < HeaderDetector.LEARN_LINES; i++) {
            d.learn("2026-01-05 10:00:0" + i % 10 + " INFO c.e.App: started " + i);
        }
        String before = d.describe();
        for (int i = 0; i < HeaderDetector.CHECK_WINDOW + HeaderDetector.LEARN_LINES; i++) {
            d.start("[Sun Dec 04 04:47:4" + i % 10 + " 2005] [notice] " + String.format(MESSAGES[i % MESSAGES.length], i, i));
        }
        assertFalse(before.equals(d.describe()), before);
        String line = "[Sun Dec 04 04:47:44 2005] [error] worker 9 gone";
        assertEquals("worker 9 gone", line.substring(d.start(line)));
    }

    @Test
    void declaredFormatsWin() {
        DeclaredFormat loghub = DeclaredFormat.parse("<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>");
        String line = "2015-10-18 18:01:47,978 INFO [main] o.a.h.MRAppMaster: Created MRAppMaster 1";
        assertEquals("Created MRAppMaster 1", line.substring(loghub.start(line), loghub.end()));
        DeclaredFormat regex = DeclaredFormat.parse("^\\S+ (?<content>.*) \\(end\\)$");
        String r = "ts message here (end)";
        assertEquals("message here", r.substring(regex.start(r), regex.end()));
        DeclaredFormat json = DeclaredFormat.parse("json");
        assertEquals(0, json.start("anything"));
        assertEquals(0, loghub.start("no match"), "a line that does not match is mined whole");
        assertThrows(IllegalArgumentException.class, () -> DeclaredFormat.parse("<Date> <Time>"));
        assertThrows(IllegalArgumentException.class, () -> DeclaredFormat.parse("(?<content>[unclosed"));
    }

    @Test
    void garbageNeverThrows() {
        HeaderDetector d = new HeaderDetector();
        Random r = new Random(3);
        List<String> junk = new ArrayList<>();
        junk.add("");
        junk.add("x".repeat(1_000_000));
        junk.add("[".repeat(100_000));
        junk.add("\"unclosed quote " + "y ".repeat(10_000));
        for (int i = 0; i < 200; i++) {
            char[] c = new char[r.nextInt(300)];
            for (int k = 0; k < c.length; k++) {
                c[k] = (char) r.nextInt(0x10000);
            }
            junk.add(new String(c));
        }
        for (String line : junk) {
            d.learn(line);
        }
        d.learnNow();
        for (String line : junk) {
            int start = d.start(line);
            assertTrue(start >= 0 && start <= line.length() && d.end() == line.length());
        }
    }
}
