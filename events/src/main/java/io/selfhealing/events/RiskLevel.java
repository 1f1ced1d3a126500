package io.selfhealing.events;

public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    public boolean atMost(RiskLevel limit) {
        return ordinal() <= limit.ordinal();
    }
}
