package io.selfhealing.events;

/**
 * Every event on a {@code healing.*} topic. Sealed so that the set of facts the platform knows is
 * closed and lives in this module only.
 */
public sealed interface HealingEvent permits LogLineCollected, HealthReported, ErrorDetected,
        DiagnosisMade, FixProposed, CommandIssued, BackupChanged, FixExecuted, IncidentChanged,
        OutcomeRecorded, LearningUpdated, AlertRaised {

    EventHeader header();

    /** The CloudEvents {@code type} attribute: {@code io.selfhealing.<Event>.v<schemaVersion>}. */
    default String cloudEventType() {
        return "io.selfhealing." + getClass().getSimpleName() + ".v" + header().schemaVersion();
    }
}
