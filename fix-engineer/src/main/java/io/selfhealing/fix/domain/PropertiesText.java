package io.selfhealing.fix.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A Java properties file as its exact bytes. Reads a key's value and replaces only that value,
 * keeping every other byte (comments, order, blank lines, line endings). Decoded as ISO-8859-1,
 * which maps every byte to one char and back, so non-ASCII content survives untouched.
 */
public final class PropertiesText implements ConfigText {

    private final String text;

    private PropertiesText(String text) {
        this.text = text;
    }

    public static PropertiesText of(byte[] bytes) {
        return new PropertiesText(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Override
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The value of the last definition of {@code key} (as {@link java.util.Properties} does), trimmed. */
    @Override
    public Optional<String> value(String key) {
        return find(key).map(span -> text.substring(span.start(), span.end()));
    }

    /** A copy with the value of {@code key} replaced; fails if the key is not defined. */
    @Override
    public PropertiesText withValue(String key, String newValue) {
        if (newValue.indexOf('\n') >= 0 || newValue.indexOf('\r') >= 0 || newValue.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("value of " + key + " must be a single plain line");
        }
        Span span = find(key).orElseThrow(() -> new IllegalArgumentException("key " + key + " is not defined"));
        return new PropertiesText(text.substring(0, span.start()) + newValue + text.substring(span.end()));
    }

    private Optional<Span> find(String key) {
        Span found = null;
        boolean continuation = false;
        int pos = 0;
        while (pos < text.length()) {
            int end = lineEnd(pos);
            if (!continuation) {
                Span span = valueOf(pos, end, key);
                found = span != null ? span : found;
            }
            continuation = endsWithOddBackslashes(pos, end);
            if (continuation && found != null && found.end() == trimEnd(pos, end)) {
                throw new IllegalArgumentException("value of " + key + " continues on the next line; not supported");
            }
            pos = nextLine(end);
        }
        return Optional.ofNullable(found);
    }

    /** The value span if the line at [start, end) defines {@code key}, else null. */
    private Span valueOf(int start, int end, String key) {
        int i = skipBlanks(start, end);
        if (i == end || text.charAt(i) == '#' || text.charAt(i) == '!') {
            return null;
        }
        int keyStart = i;
        while (i < end && !isSeparator(text.charAt(i))) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i = Math.min(i, end);
        if (!text.substring(keyStart, i).equals(key)) {
            return null;
        }
        i = skipBlanks(i, end);
        if (i < end && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
            i = skipBlanks(i + 1, end);
        }
        return new Span(i, Math.max(i, trimEnd(i, end)));
    }

    private static boolean isSeparator(char c) {
        return c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f';
    }

    private int skipBlanks(int i, int end) {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    private int trimEnd(int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private boolean endsWithOddBackslashes(int start, int end) {
        int count = 0;
        for (int i = end - 1; i >= start && text.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private int lineEnd(int pos) {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
        return pos;
    }

    private int nextLine(int end) {
        if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    private record Span(int start, int end) {
    }
}
