package io.selfhealing.detector.domain;

/**
 * A log line as the detector sees it: its level and the text to categorise and to mine (the raw
 * line, or for a JSON line its message and exception fields).
 *
 * @param structured true when the text was taken out of a structured (JSON) line: it has no header
 */
public record ParsedLine(LogLevel level, String text, boolean structured) {

    /** A plain-text line. */
    public ParsedLine(LogLevel level, String text) {
        this(level, text, false);
    }
}
