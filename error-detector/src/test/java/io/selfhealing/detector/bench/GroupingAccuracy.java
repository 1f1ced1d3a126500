package io.selfhealing.detector.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Grouping accuracy as the logparser benchmark computes it: lines with an empty true id are
 * dropped; a parsed group counts (all its lines) only when it equals one true group exactly.
 */
public final class GroupingAccuracy {

    private GroupingAccuracy() {
    }

    /** @param truth true event id per line; @param parsed parsed group id per line (same order) */
    public static double of(List<String> truth, List<String> parsed) {
        if (truth.size() != parsed.size()) {
            throw new IllegalArgumentException("truth and parsed differ in length");
        }
        Map<String, Integer> trueSizes = new HashMap<>();
        Map<String, Integer> groupSizes = new HashMap<>();
        Map<String, String> groupTruth = new HashMap<>();
        int lines = 0;
        for (int i = 0; i < truth.size(); i++) {
            String t = truth.get(i);
            if (t == null || t.isEmpty()) {
                continue;
            }
            lines++;
            String p = parsed.get(i);
            trueSizes.merge(t, 1, Integer::sum);
            groupSizes.merge(p, 1, Integer::sum);
            String first = groupTruth.putIfAbsent(p, t);
            if (first != null && !first.equals(t)) {
                groupTruth.put(p, "");
            }
        }
        long correct = 0;
        for (var group : groupSizes.entrySet()) {
            String t = groupTruth.get(group.getKey());
            if (!t.isEmpty() && trueSizes.get(t).equals(group.getValue())) {
                correct += group.getValue();
            }
        }
        return lines == 0 ? 0 : (double) correct / lines;
    }
}
