package io.selfhealing.e2e;

import io.selfhealing.e2e.ChaosHooks.Fired;
import io.selfhealing.e2e.ChaosHooks.Hook;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which agent is killed at which incident state, and the printed result. An agent takes part in a
 * state when its work is what the state waits for (or what produces the next one). Hooks are spread
 * over targets so that one target has at most one hook per state; targets named {@code stubborn-*}
 * get a fault the fix does not cure, so their incidents go through ROLLING_BACK.
 */
final class ChaosMatrix {

    /** (state, action) pairs of the full matrix. */
    static final List<String[]> FULL = List.of(
            new String[] {"OPEN", "monitor-agent"}, new String[] {"OPEN", "error-detector"},
            new String[] {"OPEN", "root-cause-analyst"}, new String[] {"OPEN", "coordinator"},
            new String[] {"DIAGNOSED", "error-detector"}, new String[] {"DIAGNOSED", "root-cause-analyst"},
            new String[] {"DIAGNOSED", "fix-engineer"}, new String[] {"DIAGNOSED", "coordinator"},
            new String[] {"BACKING_UP", "backup-manager"}, new String[] {"BACKING_UP", "coordinator"},
            new String[] {"BACKING_UP", ChaosHooks.BROKER},
            new String[] {"APPLYING", "fix-engineer"}, new String[] {"APPLYING", "coordinator"},
            new String[] {"APPLYING", ChaosHooks.POSTGRES},
            new String[] {"VALIDATING", "coordinator"}, new String[] {"VALIDATING", "learning-engine"},
            new String[] {"VALIDATING", "monitor-agent"}, new String[] {"VALIDATING", ChaosHooks.POSTGRES},
            new String[] {"ROLLING_BACK", "backup-manager"}, new String[] {"ROLLING_BACK", "fix-engineer"},
            new String[] {"ROLLING_BACK", "coordinator"});

    /** The CI subset: every agent once at the state where its work is pending, the coordinator twice, broker, database. */
    static final List<String[]> CI = List.of(
            new String[] {"OPEN", "monitor-agent"}, new String[] {"OPEN", "error-detector"},
            new String[] {"DIAGNOSED", "root-cause-analyst"}, new String[] {"DIAGNOSED", "coordinator"},
            new String[] {"BACKING_UP", "backup-manager"}, new String[] {"BACKING_UP", ChaosHooks.BROKER},
            new String[] {"APPLYING", "fix-engineer"}, new String[] {"APPLYING", ChaosHooks.POSTGRES},
            new String[] {"VALIDATING", "coordinator"}, new String[] {"VALIDATING", "learning-engine"});

    /** The issue type the injected fault is diagnosed as (the incidents the suite follows). */
    static final String FAULT_ISSUE = "rate_limiting";

    private ChaosMatrix() {
    }

    /** The hooks of {@code "ci"} or {@code "full"}, spread over as few targets as one-hook-per-state allows. */
    static List<Hook> hooks(String matrix) {
        List<String[]> pairs = "full".equals(matrix) ? FULL : CI;
        Map<String, Integer> perState = new HashMap<>();
        List<Hook> hooks = new ArrayList<>();
        for (String[] pair : pairs) {
            int n = perState.merge(pair[0], 1, Integer::sum);
            String prefix = pair[0].equals("ROLLING_BACK") ? "stubborn-" : "chaos-";
            hooks.add(new Hook(prefix + n, pair[0], pair[1]));
        }
        return hooks;
    }

    /** The fault each target gets: 1 call/s is cured by the catalog's fix, 0.5 call/s is not (rolled back). */
    static String fault(String target) {
        return target.startsWith("stubborn-") ? "{\"maxCallsPerSecond\": 0.5}" : "{\"maxCallsPerSecond\": 1.0}";
    }

    /** The matrix as a Markdown table: agent × state → the incident it hit, its outcome and times; then every incident. */
    static String table(Map<Hook, Fired> fired, List<Hook> notFired, Map<String, List<String>> incidents,
            Map<String, String> finalState, Map<String, Instant> opened, Map<String, Instant> ended) {
        StringBuilder out = new StringBuilder("CHAOS MATRIX\n| killed | at state | target | incident | "
                + "kill after state seen (ms) | back up in (ms) | outcome | incident open -> end (ms) |\n"
                + "|---|---|---|---|---:|---:|---|---:|\n");
        for (Fired f : fired.values().stream().sorted((a, b) -> a.killed().compareTo(b.killed())).toList()) {
            String incident = f.incidentId();
            out.append("| ").append(f.hook().action()).append(" | ").append(f.hook().state()).append(" | ")
                    .append(f.hook().target()).append(" | ").append(incident).append(" | ")
                    .append(Duration.between(f.stateSeen(), f.killed()).toMillis()).append(" | ")
                    .append(f.error() == null ? String.valueOf(f.restartMs()) : "FAILED: " + f.error()).append(" | ")
                    .append(finalState.getOrDefault(incident, "not terminal")).append(" | ")
                    .append(took(incident, opened, ended)).append(" |\n");
        }
        notFired.forEach(h -> out.append("| ").append(h.action()).append(" | ").append(h.state()).append(" | ")
                .append(h.target()).append(" | - | state not reached | - | - | - |\n"));
        out.append("\nINCIDENTS\n| target | incident | outcome | open -> end (ms) |\n|---|---|---|---:|\n");
        incidents.forEach((target, list) -> list.forEach(i -> out.append("| ").append(target).append(" | ").append(i)
                .append(" | ").append(finalState.getOrDefault(i, "not terminal")).append(" | ")
                .append(took(i, opened, ended)).append(" |\n")));
        return out.toString();
    }

    private static String took(String incident, Map<String, Instant> opened, Map<String, Instant> ended) {
        return opened.containsKey(incident) && ended.containsKey(incident)
                ? String.valueOf(Duration.between(opened.get(incident), ended.get(incident)).toMillis()) : "-";
    }
}
