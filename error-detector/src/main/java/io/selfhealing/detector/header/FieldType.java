package io.selfhealing.detector.header;

import io.selfhealing.detector.miner.Tokens;

/**
 * What a leading field of a log line looks like, decided from its characters alone (no pattern
 * per log source): a timestamp part or number, a month or weekday name, a level word, a bracketed
 * field, a {@code name:} prefix, a quoted string, a lone separator, or other text.
 */
final class FieldType {

    /** Digits with time/number punctuation: 081109, 18:01:47,978, 2005-06-03-15.42.50.675872, 10.0.0.1. */
    static final int NUMBER = 0;
    /** Month or weekday name (Dec, Sun, Monday): part of a timestamp. */
    static final int CALENDAR = 1;
    static final int LEVEL = 2;
    /** {@code [...]}: thread, component, request id, bracketed timestamp or level. */
    static final int BRACKET = 3;
    /** A word ending in a colon ({@code dfs.DataNode:}, {@code sshd[24200]:}) or bracket: ends a header. */
    static final int NAME = 4;
    /** A quoted string: message text, never header. */
    static final int QUOTED = 5;
    /** A field of punctuation only ({@code -}, {@code --}, {@code :}). */
    static final int SEPARATOR = 6;
    static final int TEXT = 7;

    private static final String[] LEVELS = {"TRACE", "FINEST", "FINER", "FINE", "DEBUG", "DBG", "INFO", "NOTICE",
        "INFORMATION", "WARN", "WARNING", "ERROR", "ERR", "SEVERE", "FATAL", "CRITICAL", "CRIT", "PANIC", "EMERG",
        "ALERT", "VERBOSE"};
    private static final String[] CALENDAR_NAMES = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
        "OCT", "NOV", "DEC", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "JANUARY", "FEBRUARY", "MARCH", "APRIL",
        "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "MONDAY", "TUESDAY", "WEDNESDAY",
        "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};

    private FieldType() {
    }

    static int of(String s, int from, int to) {
        if (from >= to) {
            return SEPARATOR;
        }
        char first = s.charAt(from);
        char last = s.charAt(to - 1);
        if (first == '[' && (last == ']' || (last == ':' && to - from > 2 && s.charAt(to - 2) == ']'))) {
            return BRACKET;
        }
        if (first == '"') {
            return QUOTED;
        }
        int core = to;
        while (core > from && (s.charAt(core - 1) == ',' || s.charAt(core - 1) == ';')) {
            core--;
        }
        if (core == from || punctuationOnly(s, from, core)) {
            return SEPARATOR;
        }
        if (numeric(s, from, core)) {
            return NUMBER;
        }
        if ((last == ':' || last == ']') && to - from >= 2 && !Tokens.contains(s, from, to, "://")) {
            return NAME;
        }
        int len = core - from;
        if (len < 3 || len > 11 || !Character.isLetter(first)) {
            return TEXT;
        }
        if (oneOf(s, from, core, CALENDAR_NAMES)) {
            return CALENDAR;
        }
        return oneOf(s, from, core, LEVELS) ? LEVEL : TEXT;
    }

    /** Digits with at most time punctuation between them ({@code - : / . , T Z _ +}), at least half digits. */
    private static boolean numeric(String s, int from, int to) {
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ("-:/.,TZ_+".indexOf(c) < 0) {
                return false;
            }
        }
        return digits > 0 && digits * 2 >= to - from;
    }

    private static boolean punctuationOnly(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean oneOf(String s, int from, int to, String[] words) {
        char first = Character.toUpperCase(s.charAt(from));
        for (String w : words) {
            if (to - from == w.length() && w.charAt(0) == first && s.regionMatches(true, from, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** True for fields after which a header may end. */
    static boolean terminal(int type, boolean column) {
        return column || type == NUMBER || type == LEVEL || type == BRACKET || type == NAME || type == SEPARATOR;
    }

    private static final String[] NAMES = {"number", "calendar", "level", "bracket", "name:", "quoted", "sep", "text"};

    static String name(int type) {
        return NAMES[type];
    }

    /** Whether a field of type {@code actual} fits (a word may be a level or month name now and then) a layout position of type {@code expected}. */
    static boolean fits(int expected, int actual) {
        if (expected == TEXT) {
            return actual == TEXT || actual == SEPARATOR || actual == LEVEL || actual == CALENDAR;
        }
        return expected == actual || (expected == SEPARATOR && actual == TEXT);
    }
}
