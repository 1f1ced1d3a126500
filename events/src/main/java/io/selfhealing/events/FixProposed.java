package io.selfhealing.events;

/**
 * A fix proposal for a diagnosis ({@code healing.fix-proposals}). {@code plan} is null when the
 * catalog has no safe fix (parameter at its bound, issue not fixable by configuration): the
 * coordinator then escalates to a human with {@code rationale}.
 */
public record FixProposed(EventHeader header, String diagnosisId, String issueType, int baseConfidence,
        FixPlan plan, String rationale) implements HealingEvent {
}
