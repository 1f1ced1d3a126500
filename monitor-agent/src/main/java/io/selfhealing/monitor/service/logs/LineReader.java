package io.selfhealing.monitor.service.logs;

import io.selfhealing.monitor.domain.LogLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the bytes of a file into lines from a position on. A last line without its newline is
 * left for later (the writer has not finished it) unless the file is being left for good.
 * Lines longer than the limit keep their first {@code maxLineBytes} bytes and get {@link #MARKER}.
 */
final class LineReader {

    static final String MARKER = " [truncated]";

    private final int maxLineBytes;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

    LineReader(int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive");
        }
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads at most {@code maxLines} lines starting at {@code position}.
     *
     * @param flushPartial also return an unterminated last line (the file is rotated away)
     */
    Chunk read(FileChannel channel, long position, int maxLines, boolean flushPartial) throws IOException {
        List<LogLine> lines = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        boolean cut = false;
        long lineStart = position;
        long pos = position;
        while (lines.size() < maxLines) {
            buffer.clear();
            int n = channel.read(buffer, pos);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n && lines.size() < maxLines; i++) {
                byte b = buffer.get(i);
                pos++;
                if (b == '\n') {
                    lines.add(line(lineStart, current, cut));
                    current.reset();
                    cut = false;
                    lineStart = pos;
                } else if (current.size() < maxLineBytes) {
                    current.write(b);
                } else {
                    cut = true;
                }
            }
        }
        if (flushPartial && lines.size() < maxLines && (current.size() > 0 || cut)) {
            lines.add(line(lineStart, current, cut));
            lineStart = pos;
        }
        return new Chunk(lines, lineStart);
    }

    private static LogLine line(long offset, ByteArrayOutputStream bytes, boolean cut) {
        byte[] raw = bytes.toByteArray();
        int length = raw.length;
        if (!cut && length > 0 && raw[length - 1] == '\r') {
            length--;
        }
        String text = new String(raw, 0, length, StandardCharsets.UTF_8);
        return new LogLine(offset, cut ? text + MARKER : text);
    }

    /**
     * Lines read and the position after the last of them (where the next read starts).
     */
    record Chunk(List<LogLine> lines, long next) {

        boolean isEmpty() {
            return lines.isEmpty();
        }
    }
}
