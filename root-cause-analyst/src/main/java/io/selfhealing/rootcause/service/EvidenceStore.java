package io.selfhealing.rootcause.service;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReported;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest error report per (category, template) and the latest health report of each target,
 * bounded: at most {@code maxTargets} targets and {@code maxTemplates} templates per target, the
 * least recently updated evicted first. Not thread-safe; the analyst serialises access.
 */
public class EvidenceStore {

    private final int maxTemplates;
    private final Map<String, Map<String, ErrorDetected>> errors;
    private final Map<String, HealthReported> health;

    public EvidenceStore(int maxTargets, int maxTemplates) {
        this.maxTemplates = maxTemplates;
        this.errors = bounded(maxTargets);
        this.health = bounded(maxTargets);
    }

    public void add(ErrorDetected error) {
        ErrorDetected e = normalised(error);
        Map<String, ErrorDetected> templates = errors.computeIfAbsent(e.header().targetId(), t -> bounded(maxTemplates));
        String key = e.category() + "|" + e.templateId();
        ErrorDetected previous = templates.remove(key);
        templates.put(key, previous != null && previous.lastSeen().isAfter(e.lastSeen()) ? previous : e);
    }

    public void add(HealthReported report) {
        String target = report.header().targetId();
        HealthReported previous = health.remove(target);
        boolean older = previous != null && report.header().occurredAt().isBefore(previous.header().occurredAt());
        health.put(target, older ? previous : report);
    }

    /** The latest report of each template of the target last seen at or after {@code since}. */
    public List<ErrorDetected> errors(String target, Instant since) {
        return errors.getOrDefault(target, Map.of()).values().stream()
                .filter(e -> !e.lastSeen().isBefore(since)).toList();
    }

    /** The target's latest health if it was reported at or after {@code since}, else null. */
    public HealthReported health(String target, Instant since) {
        HealthReported h = health.get(target);
        return h == null || h.header().occurredAt().isBefore(since) ? null : h;
    }

    private static ErrorDetected normalised(ErrorDetected e) {
        Instant last = e.lastSeen() != null ? e.lastSeen() : e.header().occurredAt();
        Instant first = e.firstSeen() != null ? e.firstSeen() : last;
        return new ErrorDetected(e.header(), String.valueOf(e.category()), String.valueOf(e.templateId()),
                e.template() == null ? "" : e.template(), e.severity(), e.reason(), e.windowCount(), e.newLines(),
                e.ratePerMinute(), first, last, e.samples() == null ? List.of() : e.samples());
    }

    private static <V> Map<String, V> bounded(int max) {
        return new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }
}
