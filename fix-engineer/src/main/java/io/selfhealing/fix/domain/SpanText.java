package io.selfhealing.fix.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A line-oriented config text (YAML, .env) decoded byte-for-byte (ISO-8859-1), whose formats find
 * the span of a key's value; replacing the span keeps every other byte.
 */
abstract class SpanText implements ConfigText {

    /** Values written: numbers, timestamps, simple words; never quotes, spaces, '#' or line breaks. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:+-]{1,256}");

    protected final String text;

    SpanText(String text) {
        this.text = text;
    }

    static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** [start, end) of the value of {@code key} (inside quotes if quoted), or null. */
    abstract int[] find(String key);

    abstract SpanText copy(String newText);

    @Override
    public Optional<String> value(String key) {
        int[] span = find(key);
        return span == null ? Optional.empty() : Optional.of(text.substring(span[0], span[1]));
    }

    @Override
    public ConfigText withValue(String key, String newValue) {
        if (newValue == null || !PLAIN.matcher(newValue).matches()) {
            throw new IllegalArgumentException("value of " + key + " must be a plain word, was " + newValue);
        }
        int[] span = find(key);
        if (span == null) {
            throw new IllegalArgumentException("key " + key + " is not defined");
        }
        return copy(text.substring(0, span[0]) + newValue + text.substring(span[1]));
    }

    @Override
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The lines of the text as [start, end) offsets without the line break. */
    java.util.List<int[]> lines() {
        java.util.List<int[]> lines = new java.util.ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int end = pos;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lines.add(new int[] {pos, end});
            if (end >= text.length()) {
                break;
            }
            pos = end + (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return lines;
    }

    /** The span of a scalar starting at {@code i} (quoted: inside the quotes), trailing comment and blanks cut. */
    int[] scalar(int i, int end) {
        if (i < end && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            int close = text.indexOf(text.charAt(i), i + 1);
            if (close < 0 || close >= end) {
                throw new IllegalArgumentException("unterminated quote at offset " + i);
            }
            return new int[] {i + 1, close};
        }
        int stop = end;
        for (int j = i; j < end; j++) {
            if (text.charAt(j) == '#' && (j == i || Character.isWhitespace(text.charAt(j - 1)))) {
                stop = j;
                break;
            }
        }
        while (stop > i && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        return new int[] {i, stop};
    }
}
