package io.selfhealing.monitor.service.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodLogLinesTest {

    private static final Instant T = Instant.parse("2026-01-02T03:04:05.123456789Z");
    private final PodLogLines lines = new PodLogLines(16);

    @Test
    void stripsTheTimestampWhichBecomesTheOffsetAndKeepsAnUnterminatedLineForLater() {
        List<PodLogLines.Entry> got = lines.after(PodLogCursor.fresh(0),
                T + " one\r\n" + T + " two\n" + T.plusSeconds(1) + " half", false, false);
        assertEquals(List.of("one", "two"), got.stream().map(e -> e.line().text()).toList());
        assertEquals(1_767_323_045_123_456_789L, got.get(0).line().offset());
        assertEquals(new PodLogCursor(0, T, 2, 71), got.get(1).after());
    }

    @Test
    void skipsWhatTheCursorDeliveredIncludingLinesAtItsOwnTimestamp() {
        String body = T.minusMillis(1) + " old\n" + T + " a\n" + T + " b\n" + T + " c\n" + T.plusNanos(1) + " d\n";
        List<PodLogLines.Entry> got = lines.after(new PodLogCursor(3, T, 2, 0), body, false, false);
        assertEquals(List.of("c", "d"), got.stream().map(e -> e.line().text()).toList());
        assertEquals(new PodLogCursor(3, T, 3, 134), got.get(0).after());
        assertEquals(new PodLogCursor(3, T.plusNanos(1), 1, 167), got.get(1).after());
    }

    @Test
    void aLineThatAloneFillsTheReadIsCutAndMarkedAndAFinalBodyKeepsItsLastLine() {
        List<PodLogLines.Entry> cut = lines.after(PodLogCursor.fresh(0), T + " " + "y".repeat(40), true, false);
        assertEquals("y".repeat(16) + LineReader.MARKER, cut.get(0).line().text());
        assertEquals(List.of("last words"), lines.after(PodLogCursor.fresh(0), T + " last words", false, true)
                .stream().map(e -> e.line().text()).toList());
    }

    @Test
    void aCursorSurvivesItsTextFormAndUnreadableStateStartsFresh() {
        PodLogCursor cursor = new PodLogCursor(2, T, 5, 900);
        assertEquals(cursor, PodLogCursor.fromLines(cursor.toLines()).orElseThrow());
        assertEquals(PodLogCursor.fresh(1), PodLogCursor.fromLines(PodLogCursor.fresh(1).toLines()).orElseThrow());
        assertEquals(true, PodLogCursor.fromLines(List.of("x")).isEmpty());
    }

    @Test
    void aSecondHoldingMoreThanAReadMayRepeatIsGivenUpForTheNextOne() {
        PodLogCursor chatty = new PodLogCursor(0, T, 4000, 2_000_000);
        assertEquals(chatty, chatty.skipSecondOver(2_000_000));
        PodLogCursor next = chatty.skipSecondOver(1_000_000);
        assertEquals(Instant.parse("2026-01-02T03:04:06Z"), next.last());
        assertEquals(true, next.isNew(next.last(), 1));
    }
}
