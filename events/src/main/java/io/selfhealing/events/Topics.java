package io.selfhealing.events;

import java.util.List;

/** Kafka topic names. Record key = targetId, except {@link #LEARNING} (issueType|fixType). */
public final class Topics {
    public static final String LOGS = "healing.logs";
    public static final String HEALTH = "healing.health";
    public static final String ERRORS = "healing.errors";
    public static final String DIAGNOSES = "healing.diagnoses";
    public static final String FIX_PROPOSALS = "healing.fix-proposals";
    public static final String COMMANDS = "healing.commands";
    public static final String BACKUPS = "healing.backups";
    public static final String FIX_RESULTS = "healing.fix-results";
    public static final String INCIDENTS = "healing.incidents";
    public static final String OUTCOMES = "healing.outcomes";
    public static final String LEARNING = "healing.learning";
    public static final String ALERTS = "healing.alerts";
    public static final String DLQ = "healing.dlq";

    public static final List<String> ALL = List.of(LOGS, HEALTH, ERRORS, DIAGNOSES, FIX_PROPOSALS,
            COMMANDS, BACKUPS, FIX_RESULTS, INCIDENTS, OUTCOMES, LEARNING, ALERTS, DLQ);

    /** Topics whose retention is compaction (latest value per key). */
    public static final List<String> COMPACTED = List.of(LEARNING);

    private Topics() {
    }
}
