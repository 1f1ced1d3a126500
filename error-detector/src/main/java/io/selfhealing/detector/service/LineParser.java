package io.selfhealing.detector.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.selfhealing.detector.domain.LogLevel;
import io.selfhealing.detector.domain.ParsedLine;

/**
 * Finds the level of a line (Java, Python, Go, Node, nginx, syslog layouts) and unpacks JSON log
 * lines into level + message + exception text. Never throws: anything unreadable is plain text.
 */
public final class LineParser {

    /** How far into a line the level is looked for. */
    static final int LEVEL_SCAN = 200;
    private static final int MAX_JSON = 64 * 1024;
    private static final String[] LEVEL_FIELDS = {"level", "severity", "levelname", "lvl", "log.level", "loglevel"};
    private static final String[] TEXT_FIELDS = {"msg", "message", "error", "err", "exception", "exc_info",
        "stack_trace", "stack", "error.message", "error.type", "logger", "logger_name"};

    private final ObjectMapper json = new ObjectMapper();

    public ParsedLine parse(String line) {
        if (line.length() > 1 && line.length() <= MAX_JSON && line.charAt(0) == '{') {
            ParsedLine parsed = parseJson(line);
            if (parsed != null) {
                return parsed;
            }
        }
        return new ParsedLine(level(line), line);
    }

    static LogLevel level(String line) {
        int n = Math.min(line.length(), LEVEL_SCAN);
        if (n > 5 && "IWEF".indexOf(line.charAt(0)) >= 0 && isDigits(line, 1, 5)) {
            return glog(line.charAt(0));
        }
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(line.charAt(i))) {
                i++;
            }
            int len = i - start;
            if (len >= 3 && len <= 11 && (allUpper(line, start, i) || marked(line, start))) {
                LogLevel level = LogLevel.fromWord(line.substring(start, i));
                if (level != null) {
                    return level;
                }
            }
        }
        return LogLevel.UNKNOWN;
    }

    private ParsedLine parseJson(String line) {
        try {
            JsonNode node = json.readTree(line);
            if (node == null || !node.isObject()) {
                return null;
            }
            LogLevel level = LogLevel.UNKNOWN;
            for (String field : LEVEL_FIELDS) {
                JsonNode v = field(node, field);
                if (v != null && v.isNumber()) {
                    level = LogLevel.fromNumber(v.asInt());
                    break;
                }
                LogLevel named = v == null ? null : LogLevel.fromWord(v.asText());
                if (named != null) {
                    level = named;
                    break;
                }
            }
            StringBuilder text = new StringBuilder();
            for (String field : TEXT_FIELDS) {
                JsonNode v = field(node, field);
                if (v != null && !v.isNull()) {
                    text.append(text.isEmpty() ? "" : " ").append(v.isValueNode() ? v.asText() : v.toString());
                }
            }
            return new ParsedLine(level, text.isEmpty() ? line : text.toString(), true);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static JsonNode field(JsonNode node, String dotted) {
        JsonNode v = node.get(dotted);
        int dot = dotted.indexOf('.');
        if (v == null && dot > 0) {
            JsonNode parent = node.get(dotted.substring(0, dot));
            v = parent == null ? null : parent.get(dotted.substring(dot + 1));
        }
        return v;
    }

    private static LogLevel glog(char c) {
        return switch (c) {
            case 'I' -> LogLevel.INFO;
            case 'W' -> LogLevel.WARN;
            case 'E' -> LogLevel.ERROR;
            default -> LogLevel.FATAL;
        };
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allUpper(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case level counts only where layouts put one: [error], level=error, "level":"error". */
    private static boolean marked(String s, int start) {
        if (start == 0) {
            return false;
        }
        char before = s.charAt(start - 1);
        return before == '[' || before == '=' || before == '"' || before == '<';
    }
}
