package io.selfhealing.notifier.domain;

import io.selfhealing.events.Severity;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One matcher of a route or silence, in Alertmanager's syntax: {@code name="value"}, {@code name!="value"},
 * {@code name=~"regex"}, {@code name!~"regex"} (the regex anchored at both ends); plus {@code severity>="HIGH"}
 * because severities are ordered. A label the alert does not carry has the value "".
 */
public record LabelMatcher(String name, String op, String value, Pattern regex) {

    private static final Pattern SYNTAX = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|>=|=)\\s*(.*?)\\s*");

    public static LabelMatcher parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a matcher: '" + text + "' (write e.g. severity=\"HIGH\", "
                    + "targetId=~\"shop-.*\", title!=\"x\", severity>=\"HIGH\")");
        }
        String name = m.group(1);
        String op = m.group(2);
        String value = unquote(m.group(3));
        Pattern regex = null;
        if (op.endsWith("~")) {
            try {
                regex = Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad regex in '" + text + "': " + e.getDescription());
            }
        }
        if (op.equals(">=")) {
            if (!name.equals("severity")) {
                throw new IllegalArgumentException("'>=' only compares severity, not '" + name + "' in '" + text + "'");
            }
            severity(value, text);
        }
        return new LabelMatcher(name, op, value, regex);
    }

    public boolean matches(Map<String, String> labels) {
        String actual = labels.getOrDefault(name, "");
        if (actual == null) {
            actual = "";
        }
        return switch (op) {
            case "=" -> actual.equals(value);
            case "!=" -> !actual.equals(value);
            case "=~" -> regex.matcher(actual).matches();
            case "!~" -> !regex.matcher(actual).matches();
            default -> !actual.isEmpty() && isSeverity(actual) && Severity.valueOf(actual).compareTo(severity(value, value)) >= 0;
        };
    }

    @Override
    public String toString() {
        return name + op + "\"" + value + "\"";
    }

    private static boolean isSeverity(String s) {
        for (Severity v : Severity.values()) {
            if (v.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static Severity severity(String value, String text) {
        if (!isSeverity(value)) {
            throw new IllegalArgumentException("unknown severity '" + value + "' in '" + text
                    + "' (one of LOW, MEDIUM, HIGH, CRITICAL)");
        }
        return Severity.valueOf(value);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"");
        }
        return v;
    }
}
