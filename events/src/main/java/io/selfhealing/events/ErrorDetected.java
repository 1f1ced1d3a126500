package io.selfhealing.events;

import java.time.Instant;
import java.util.List;

/**
 * A recurring error of one target ({@code healing.errors}): the lines of one template within the
 * sliding window. Published when the template is new, escalating or still recurring, never per line.
 *
 * @param reason     NEW, ESCALATING or RECURRING
 * @param windowCount lines of this template in the sliding window
 * @param newLines   lines since the previous report of this template
 * @param samples    a few raw lines (untrusted text)
 */
public record ErrorDetected(EventHeader header, String category, String templateId, String template,
        Severity severity, String reason, long windowCount, long newLines, double ratePerMinute,
        Instant firstSeen, Instant lastSeen, List<String> samples) implements HealingEvent {
}
