package io.selfhealing.coordinator.metrics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gates named by a refusal (each reason starts with its gate's phrase): the coordinator's decision text ({@code GateDecision.describe()},
 * reasons joined by "; ") read back into a bounded set of gate names for a metric label. A reason
 * no prefix matches counts as {@code other}, so a new gate shows up instead of vanishing.
 */
public final class GateNames {

    public static final List<String> ALL = List.of("plan", "confidence", "risk", "in_flight", "rate_limit",
            "recent_rollback", "maintenance", "autonomous_off", "dry_run", "other");

    /** A phrase of the reason → its gate (the wording of {@code Gates.decide}). */
    private static final String[][] RULES = {
        {"no catalog fix", "plan"}, {"confidence ", "confidence"}, {"risk ", "risk"},
        {"another fix is in flight", "in_flight"}, {"fixes on this target in the last hour", "rate_limit"},
        {"the same fix was rolled back", "recent_rollback"}, {"maintenance window", "maintenance"},
        {"autonomous mode is off", "autonomous_off"}, {"dry run", "dry_run"}};

    private GateNames() {
    }

    public static Set<String> of(String reasons) {
        Set<String> gates = new LinkedHashSet<>();
        if (reasons == null || reasons.isBlank()) {
            return gates;
        }
        for (String reason : reasons.split(";\\s*")) {
            gates.add(gate(reason.trim()));
        }
        return gates;
    }

    private static String gate(String reason) {
        String phrase = reason.replaceFirst("^\\d+ ", ""); // "3 fixes on this target in the last hour ..."
        for (String[] rule : RULES) {
            if (phrase.startsWith(rule[0])) {
                return rule[1];
            }
        }
        return "other";
    }
}
