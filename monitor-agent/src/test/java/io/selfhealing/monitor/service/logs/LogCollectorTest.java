package io.selfhealing.monitor.service.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.monitor.domain.LogLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCollectorTest {

    @TempDir
    Path dir;

    private final List<LogLine> delivered = new ArrayList<>();
    private boolean failNext;

    private LogCollector collector(Path log) {
        return new LogCollector(dir.resolve("state"), 16, 3, (target, stream, lines) -> {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("broker down");
            }
            delivered.addAll(lines);
        }).follow("t", log);
    }

    @Test
    void readsCompleteLinesInOrderWithTheirByteOffsetsAndWaitsForAPartialLine() throws IOException {
        Path log = dir.resolve("a.log");
        append(log, "one\r\ntwo\nthree\nfour\nfive\npart");
        try (LogCollector c = collector(log)) {
            assertEquals(5, c.pollOnce());
            assertEquals(List.of("one", "two", "three", "four", "five"), texts());
            assertEquals(List.of(0L, 5L, 9L, 15L, 20L), delivered.stream().map(LogLine::offset).toList());
            assertEquals(0, c.pollOnce());
            append(log, "ial\n");
            assertEquals(1, c.pollOnce());
            assertEquals(new LogLine(25, "partial"), delivered.get(5));
        }
    }

    @Test
    void aRestartResumesAfterTheLastAcknowledgedLineAndAFailedBatchIsRetried() throws IOException {
        Path log = dir.resolve("b.log");
        append(log, "a\nb\n");
        try (LogCollector c = collector(log)) {
            c.pollOnce();
        }
        append(log, "c\nd\n");
        try (LogCollector c = collector(log)) {
            failNext = true;
            assertEquals(0, c.pollOnce());
            assertEquals(2, c.pollOnce());
        }
        assertEquals(List.of("a", "b", "c", "d"), texts());
    }

    @Test
    void followsRotationFinishingTheOldFileFirst() throws IOException {
        Path log = dir.resolve("c.log");
        append(log, "old 1\n");
        try (LogCollector c = collector(log)) {
            c.pollOnce();
            Path rotated = dir.resolve("c.log.1");
            Files.move(log, rotated);
            append(rotated, "old 2\nold tail");
            append(log, "new 1\n");
            c.pollOnce();
            c.pollOnce();
            assertEquals(List.of("old 1", "old 2", "old tail", "new 1"), texts());
            assertEquals(0, delivered.get(3).offset());
        }
        try (LogCollector c = collector(log)) {
            assertEquals(0, c.pollOnce());
        }
    }

    @Test
    void startsAgainAtZeroWhenTheFileWasTruncated() throws IOException {
        Path log = dir.resolve("d.log");
        append(log, "first line\nsecond line\n");
        try (LogCollector c = collector(log)) {
            c.pollOnce();
            Files.write(log, "x\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.TRUNCATE_EXISTING);
            c.pollOnce();
        }
        assertEquals(List.of("first line", "second line", "x"), texts());
        assertEquals(0, delivered.get(2).offset());
    }

    @Test
    void cutsVeryLongLinesAndMarksThem() throws IOException {
        Path log = dir.resolve("e.log");
        append(log, "0123456789abcdefOVERFLOW\nshort\n");
        try (LogCollector c = collector(log)) {
            c.pollOnce();
        }
        assertEquals("0123456789abcdef" + LineReader.MARKER, delivered.get(0).text());
        assertEquals(new LogLine(25, "short"), delivered.get(1));
    }

    @Test
    void aFileThatDoesNotExistYetIsPickedUpWhenItAppears() throws IOException {
        Path log = dir.resolve("later.log");
        try (LogCollector c = collector(log)) {
            assertEquals(0, c.pollOnce());
            append(log, "hello\n");
            assertEquals(1, c.pollOnce());
        }
        assertTrue(texts().contains("hello"));
    }

    private List<String> texts() {
        return delivered.stream().map(LogLine::text).toList();
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
