package io.selfhealing.events;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
