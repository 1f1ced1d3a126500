package io.selfhealing.fix.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML file of block mappings. A key is found by its dotted path ({@code upstream.delay.ms}
 * matches {@code upstream: {delay: {ms: 800}}} written as nested blocks, a flat key
 * {@code upstream.delay.ms: 800}, or any mix). Only plain or quoted scalar values are edited; block
 * scalars, flow collections, anchors and aliases are refused.
 */
public final class YamlText extends SpanText {

    private static final Pattern ENTRY = Pattern.compile("( *)([A-Za-z0-9_][A-Za-z0-9_.\\-]*|\"[^\"]*\"|'[^']*')[ \\t]*:(?=[ \\t]|$)[ \\t]*");

    private YamlText(String text) {
        super(text);
    }

    public static YamlText of(byte[] bytes) {
        return new YamlText(decode(bytes));
    }

    @Override
    int[] find(String key) {
        Deque<String[]> parents = new ArrayDeque<>(); // {indent, path}
        int[] found = null;
        for (int[] line : lines()) {
            Matcher m = ENTRY.matcher(text).region(line[0], line[1]);
            if (!m.lookingAt()) {
                continue; // blank, comment, document marker, list item: not a mapping entry
            }
            int indent = m.group(1).length();
            while (!parents.isEmpty() && Integer.parseInt(parents.peek()[0]) >= indent) {
                parents.pop();
            }
            String name = unquote(m.group(2));
            String path = parents.isEmpty() ? name : parents.peek()[1] + "." + name;
            int[] value = scalar(m.end(), line[1]);
            if (value[0] == value[1] && !quotedAt(m.end(), line[1])) {
                parents.push(new String[] {Integer.toString(indent), path});
            } else if (path.equals(key)) {
                found = checked(key, value);
            }
        }
        return found;
    }

    private int[] checked(String key, int[] span) {
        char first = span[0] > 0 ? text.charAt(span[0] - 1) : ' ';
        char c = span[0] < span[1] ? text.charAt(span[0]) : ' ';
        if (first != '"' && first != '\'' && "|>{[&*!".indexOf(c) >= 0) {
            throw new IllegalArgumentException("value of " + key + " is not a plain scalar; not supported");
        }
        return span;
    }

    private boolean quotedAt(int i, int end) {
        return i < end && (text.charAt(i) == '"' || text.charAt(i) == '\'');
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') ? s.substring(1, s.length() - 1) : s;
    }

    @Override
    SpanText copy(String newText) {
        return new YamlText(newText);
    }
}
