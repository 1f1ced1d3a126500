package io.selfhealing.monitor.service.logs;

import io.selfhealing.monitor.domain.LogLine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a pod log read with {@code timestamps=true} (every line starts with its RFC 3339
 * timestamp and a space) into the lines a cursor has not delivered yet. The timestamp is removed
 * from the text and becomes the line's offset (nanoseconds since the epoch). An unterminated last
 * line is left for the next read, unless the body is final or that line alone filled the read.
 */
final class PodLogLines {

    private final int maxLineBytes;

    PodLogLines(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * @param full     the read stopped at its byte limit (the last line may be cut)
     * @param complete the container has ended: nothing will ever follow this body
     */
    List<Entry> after(PodLogCursor cursor, String body, boolean full, boolean complete) {
        List<String> raw = split(body, full, complete);
        List<Entry> entries = new ArrayList<>();
        Instant current = cursor.last();
        int atCurrent = 0;
        long second = Long.MIN_VALUE;
        long bytesInSecond = 0;
        for (String rawLine : raw) {
            String text = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
            Instant at = timestamp(text);
            Instant t = at == null ? (current == null ? Instant.EPOCH : current) : at;
            atCurrent = t.equals(current) ? atCurrent + 1 : 1;
            current = t;
            bytesInSecond = (t.getEpochSecond() == second ? bytesInSecond : 0) + utf8Length(rawLine) + 1;
            second = t.getEpochSecond();
            if (cursor.isNew(t, atCurrent)) {
                String line = at == null ? text : text.substring(text.indexOf(' ') + 1);
                entries.add(new Entry(new LogLine(second * 1_000_000_000L + t.getNano(), cut(line)),
                        new PodLogCursor(cursor.restarts(), t, atCurrent, bytesInSecond)));
            }
        }
        return entries;
    }

    private static List<String> split(String body, boolean full, boolean complete) {
        List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
        String last = lines.remove(lines.size() - 1); // after the last '\n': "" or an unterminated line
        if (!last.isEmpty() && (complete || full && lines.isEmpty())) {
            lines.add(last);
        }
        return lines;
    }

    private static Instant timestamp(String line) {
        int space = line.indexOf(' ');
        if (space < 20) {
            return null;
        }
        try {
            return OffsetDateTime.parse(line.substring(0, space)).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private String cut(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= maxLineBytes ? line
                : new String(bytes, 0, maxLineBytes, StandardCharsets.UTF_8) + LineReader.MARKER;
    }

    /** A new line and the cursor once it (and every line before it) was acknowledged. */
    record Entry(LogLine line, PodLogCursor after) {
    }
}
