package io.selfhealing.detector.header;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A header layout a target declares ({@code logFormat} in the targets file); it wins over
 * detection. Three forms: {@code json} (the message comes from the JSON fields, no header to cut),
 * a Loghub-style layout such as {@code <Date> <Time> <Level> <Component>: <Content>} (each
 * {@code <Field>} matches lazily, a run of spaces any whitespace, other characters are regex syntax)
 * or a regular expression with a named group {@code content}. A line that does not match is mined
 * whole.
 */
public final class DeclaredFormat implements HeaderSplit {

    private static final Pattern FIELD = Pattern.compile("<([A-Za-z][A-Za-z0-9_]*)>");

    private final Pattern pattern;
    private int end;

    private DeclaredFormat(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Parses a declared format; throws IllegalArgumentException naming the problem. */
    public static DeclaredFormat parse(String format) {
        String f = format == null ? "" : format.strip();
        if (f.isEmpty()) {
            throw new IllegalArgumentException("logFormat is empty");
        }
        if (f.toLowerCase(Locale.ROOT).equals("json")) {
            return new DeclaredFormat(null);
        }
        try {
            if (f.contains("(?<content>")) {
                return new DeclaredFormat(Pattern.compile(f));
            }
            if (!f.contains("<Content>")) {
                throw new IllegalArgumentException("logFormat needs <Content>, a (?<content>...) group or json: " + f);
            }
            return new DeclaredFormat(loghub(f));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("logFormat is not a valid pattern: " + e.getDescription(), e);
        }
    }

    /** The logparser convention: fields match lazily, runs of spaces match any whitespace, anchored. */
    static Pattern loghub(String format) {
        StringBuilder regex = new StringBuilder("^");
        Matcher field = FIELD.matcher(format);
        int last = 0;
        while (field.find()) {
            regex.append(format.substring(last, field.start()).replaceAll(" +", "\\\\s+"));
            String name = field.group(1);
            regex.append(name.equals("Content") ? "(?<content>.*?)" : ".*?");
            last = field.end();
        }
        regex.append(format.substring(last).replaceAll(" +", "\\\\s+")).append('$');
        return Pattern.compile(regex.toString());
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public void learn(String line) {
        // declared: nothing to learn
    }

    @Override
    public void learnNow() {
        // declared: nothing to learn
    }

    @Override
    public int start(String line) {
        end = line.length();
        if (pattern == null) {
            return 0;
        }
        Matcher m = pattern.matcher(line);
        if (!m.find() || m.start("content") < 0) {
            return 0;
        }
        end = m.end("content");
        return m.start("content");
    }

    @Override
    public int end() {
        return end;
    }
}
