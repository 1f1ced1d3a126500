package io.selfhealing.detector.domain;

/** Level of a log line, from least to most severe; UNKNOWN when the line names none. */
public enum LogLevel {
    UNKNOWN, TRACE, DEBUG, INFO, WARN, ERROR, FATAL;

    public boolean atLeast(LogLevel other) {
        return ordinal() >= other.ordinal();
    }

    /** The level a word names (ERROR, err, Warning, CRIT, panic...), or null. */
    public static LogLevel fromWord(String word) {
        return switch (word.toUpperCase(java.util.Locale.ROOT)) {
            case "TRACE", "FINEST", "FINER" -> TRACE;
            case "DEBUG", "FINE", "DBG" -> DEBUG;
            case "INFO", "NOTICE", "INFORMATION", "CONFIG" -> INFO;
            case "WARN", "WARNING" -> WARN;
            case "ERROR", "ERR", "SEVERE" -> ERROR;
            case "FATAL", "CRITICAL", "CRIT", "PANIC", "EMERG", "ALERT" -> FATAL;
            default -> null;
        };
    }

    /** Numeric levels of pino/bunyan (10..60). */
    public static LogLevel fromNumber(int n) {
        if (n >= 60) {
            return FATAL;
        }
        if (n >= 50) {
            return ERROR;
        }
        if (n >= 40) {
            return WARN;
        }
        if (n >= 30) {
            return INFO;
        }
        return n >= 20 ? DEBUG : TRACE;
    }
}
