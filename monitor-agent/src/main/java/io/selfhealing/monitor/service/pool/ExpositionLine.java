package io.selfhealing.monitor.service.pool;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One line of a metrics page (or a series in a targets file), read left to right: {@code name},
 * optional {@code {labels}}, the value, an optional timestamp and an ignored {@code # exemplar}. Every
 * malformed piece is an IllegalArgumentException.
 */
final class ExpositionLine {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private final String s;
    private int i;

    ExpositionLine(String s) {
        this.s = s;
    }

    Sample sample() {
        Series series = series();
        requireSpace();
        double v = PrometheusText.value(token());
        skipSpaces();
        if (i < s.length() && s.charAt(i) != '#') {
            PrometheusText.value(token()); // a timestamp: validated, not kept
            skipSpaces();
        }
        if (i < s.length() && s.charAt(i) != '#') {
            throw new IllegalArgumentException("unexpected text after the value");
        }
        return new Sample(series.name(), series.labels(), v);
    }

    Series series() {
        String name = at('{') ? null : name();
        Map<String, String> labels = new LinkedHashMap<>();
        if (at('{')) {
            name = labels(labels, name);
        }
        if (name == null) {
            throw new IllegalArgumentException("no metric name");
        }
        return new Series(name, labels);
    }

    /** {@code {a="b",c="d",}}, where one entry may be the quoted metric name; returns the name. */
    private String labels(Map<String, String> labels, String name) {
        i++;
        skipSpaces();
        while (peek() != '}') {
            String key = peek() == '"' ? quoted() : name();
            skipSpaces();
            if (peek() == '=') {
                i++;
                skipSpaces();
                if (labels.put(key, quoted()) != null) {
                    throw new IllegalArgumentException("label " + key + " twice");
                }
            } else if (name == null) {
                name = key;
            } else {
                throw new IllegalArgumentException("a second metric name");
            }
            skipSpaces();
            if (peek() == ',') {
                i++;
                skipSpaces();
            } else if (peek() != '}') {
                throw new IllegalArgumentException("expected , or }");
            }
        }
        i++;
        return name;
    }

    private String name() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                || s.charAt(i) == ':')) {
            i++;
        }
        String name = s.substring(start, i);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad name '" + name + "'");
        }
        return name;
    }

    private String quoted() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (peek() != '"') {
            char c = s.charAt(i++);
            if (c == '\\') {
                out.append(unescape(peek()));
                i++;
            } else {
                out.append(c);
            }
        }
        i++;
        return out.toString();
    }

    /** {@code \n}, {@code \"} and {@code \\} are escapes; any other backslash is kept as written. */
    private static String unescape(char next) {
        return switch (next) {
            case 'n' -> "\n";
            case '"', '\\' -> String.valueOf(next);
            default -> "\\" + next;
        };
    }

    private String token() {
        int start = i;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (start == i) {
            throw new IllegalArgumentException("missing value");
        }
        return s.substring(start, i);
    }

    private boolean at(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private char peek() {
        if (i >= s.length()) {
            throw new IllegalArgumentException("line ends early");
        }
        return s.charAt(i);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        i++;
    }

    private void requireSpace() {
        if (i >= s.length() || !Character.isWhitespace(s.charAt(i))) {
            throw new IllegalArgumentException("expected a space before the value");
        }
        skipSpaces();
    }

    private void skipSpaces() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
    }

    void end() {
        skipSpaces();
        if (i != s.length()) {
            throw new IllegalArgumentException("unexpected text after the series");
        }
    }
}
