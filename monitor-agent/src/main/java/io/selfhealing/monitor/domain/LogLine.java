package io.selfhealing.monitor.domain;

/**
 * One line of a log file, without its line break.
 *
 * @param offset byte offset of the line's first byte in the file
 * @param text   the line (untrusted data), cut and marked when longer than the limit
 */
public record LogLine(long offset, String text) {
}
