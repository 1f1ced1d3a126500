package io.selfhealing.events;

import java.util.List;

/**
 * The root cause of a target's trouble ({@code healing.diagnoses}).
 *
 * @param confidence 0-100, from the strength of the evidence
 * @param fixCategory configuration, code, infrastructure or escalate
 */
public record DiagnosisMade(EventHeader header, String issueType, int confidence, String summary,
        List<String> affectedComponents, String fixCategory, int estimatedFixSeconds,
        List<Evidence> evidence) implements HealingEvent {
}
