package io.selfhealing.coordinator.service;

import io.selfhealing.coordinator.domain.LineInterval;
import io.selfhealing.coordinator.repository.ErrorReportEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stored error reports (ordered by lastSeen) → the interval of lines each covers. */
final class LineIntervals {

    private LineIntervals() {
    }

    /** A report covers the lines since its template's previous report, or since the template was first seen. */
    static List<LineInterval> of(List<ErrorReportEntity> rows) {
        Map<String, Instant> previous = new HashMap<>();
        List<LineInterval> out = new ArrayList<>(rows.size());
        for (ErrorReportEntity r : rows) {
            Instant prev = previous.put(r.templateId, r.lastSeen);
            Instant from = prev == null ? (r.firstSeen == null ? r.lastSeen : r.firstSeen)
                    : (r.firstSeen != null && r.firstSeen.isAfter(prev) ? r.firstSeen : prev);
            if (from.isAfter(r.lastSeen)) {
                from = r.lastSeen;
            }
            out.add(new LineInterval(r.templateId, r.category, r.template, r.newLines, from, r.lastSeen));
        }
        return out;
    }
}
