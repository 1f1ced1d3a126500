package io.selfhealing.events;

/** A fix proposal for a diagnosis ({@code healing.fix-proposals}). */
public record FixProposed(EventHeader header, String diagnosisId, String issueType, int baseConfidence,
        FixPlan plan) implements HealingEvent {
}
