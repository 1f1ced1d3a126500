package io.selfhealing.monitor.service.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the samples of a Prometheus text exposition ({@code text/plain; version=0.0.4}) or an
 * OpenMetrics text page. Pure and strict enough for untrusted input: comments ({@code # HELP},
 * {@code # TYPE}, {@code # EOF}) are skipped, label values may hold escaped quotes, backslashes and
 * newlines, values may be {@code NaN} / {@code +Inf} / {@code -Inf}, a timestamp and an OpenMetrics
 * exemplar ({@code # {trace_id="..."} 1.0}) may follow and are ignored; a metric name may also be
 * written quoted inside the braces ({@code {"my.metric", a="b"} 1}). A line that does not parse is
 * counted, never fatal.
 */
public final class PrometheusText {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** The samples read and how many lines (neither blank nor comments) could not be read. */
    public record Parsed(List<Sample> samples, int badLines) {
    }

    private PrometheusText() {
    }

    /** The samples of the families in {@code wanted} (every sample when it is empty). */
    public static Parsed parse(String text, Set<String> wanted) {
        List<Sample> samples = new ArrayList<>();
        int bad = 0;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !mayBeWanted(trimmed, wanted)) {
                continue;
            }
            try {
                Sample sample = new ExpositionLine(trimmed).sample();
                if (wanted.isEmpty() || wanted.contains(sample.name())) {
                    samples.add(sample);
                }
            } catch (IllegalArgumentException e) {
                bad++;
            }
        }
        return new Parsed(List.copyOf(samples), bad);
    }

    /** A series as written in a targets file: {@code name} or {@code name{label="value",...}}. */
    public static Series series(String text) {
        ExpositionLine cursor = new ExpositionLine(text.strip());
        Series series = cursor.series();
        cursor.end();
        return series;
    }

    /** Skips lines of other families cheaply: only a name written before the braces is known here. */
    private static boolean mayBeWanted(String line, Set<String> wanted) {
        if (wanted.isEmpty() || line.charAt(0) == '{') {
            return true;
        }
        int end = 0;
        while (end < line.length() && line.charAt(end) != '{' && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return wanted.contains(line.substring(0, end));
    }

    static double value(String token) {
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "nan" -> Double.NaN;
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                if (!NUMBER.matcher(token).matches()) {
                    throw new IllegalArgumentException("not a number: " + token);
                }
                yield Double.parseDouble(token);
            }
        };
    }
}
