package io.selfhealing.detector.bench;

import io.selfhealing.detector.miner.LogTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code --explain}: every true group that was split or merged, with the templates its lines got. */
final class Explain {

    private Explain() {
    }

    static void print(LoghubDataset data, List<LogTemplate> assigned) {
        Map<String, Map<String, Integer>> byTruth = new TreeMap<>();
        Map<String, Map<String, Integer>> byTemplate = new LinkedHashMap<>();
        for (int i = 0; i < assigned.size(); i++) {
            String truth = data.truth().get(i);
            String t = assigned.get(i).text();
            byTruth.computeIfAbsent(truth, k -> new LinkedHashMap<>()).merge(t, 1, Integer::sum);
            byTemplate.computeIfAbsent(t, k -> new LinkedHashMap<>()).merge(truth, 1, Integer::sum);
        }
        for (var e : byTruth.entrySet()) {
            boolean split = e.getValue().size() > 1;
            boolean merged = e.getValue().keySet().stream().anyMatch(t -> byTemplate.get(t).size() > 1);
            if (split || merged) {
                System.out.println("  " + e.getKey() + (split ? " SPLIT" : "") + (merged ? " MERGED" : "") + " "
                        + data.templates().getOrDefault(e.getKey(), "?"));
                e.getValue().forEach((t, n) -> System.out.println("      " + n + "x " + t
                        + (byTemplate.get(t).size() > 1 ? "   <- also " + byTemplate.get(t).keySet() : "")));
            }
        }
    }
}
