package io.selfhealing.detector.domain;

/**
 * A log line as the detector sees it: its level and the text to categorise and to mine (the raw
 * line, or for a JSON line its message and exception fields).
 */
public record ParsedLine(LogLevel level, String text) {
}
