package io.selfhealing.rootcause.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One row of the scenario table: a target (with its declared dependencies and config repository),
 * the events that reach the analyst, and what must come out: a diagnosis of one issue type with a
 * confidence band and fix category, or none at all (checked with a weak sentinel, see the suite).
 */
public record FaultScenario(String name, String target, List<String> dependencies, Repo repo,
        Consumer<Feed> events, String issueType, int minConfidence, int maxConfidence, String fixCategory) {

    /** One check of a health report. */
    public record Check(String name, String status, Long latencyMs, java.util.Map<String, Object> details) {
    }

    /** Which config repository the target declares. */
    public enum Repo { NONE, RECENT_COMMIT, OLD_COMMIT }

    /** Sends a scenario's events to the real topics. */
    public interface Feed {
        void health(String targetId, String type, String status, List<Check> checks);

        void error(String category, String template, long lines, double perMinute);

        default void error(String category, String template, long lines) {
            error(category, template, lines, lines * 6.0);
        }
    }

    public boolean expectsNothing() {
        return issueType == null;
    }

    /** "id:type" dependency declarations. */
    public static FaultScenario of(String name, String target, List<String> deps, Repo repo, Consumer<Feed> events,
            String issueType, int min, int max, String fixCategory) {
        return new FaultScenario(name, target, deps, repo, events, issueType, min, max, fixCategory);
    }

    public static FaultScenario none(String name, String target, List<String> deps, Repo repo, Consumer<Feed> events) {
        return new FaultScenario(name, target, deps, repo, events, null, 0, 0, null);
    }

    /** The targets YAML lines of this scenario's target and its dependencies. */
    public List<String> yaml(String recentRepo, String oldRepo) {
        List<String> lines = new ArrayList<>();
        List<String> ids = dependencies.stream().map(d -> d.split(":")[0]).toList();
        String config = switch (repo) {
            case NONE -> "";
            case RECENT_COMMIT -> ", config: {repository: \"" + recentRepo + "\", file: app.properties}";
            case OLD_COMMIT -> ", config: {repository: \"" + oldRepo + "\", file: app.properties}";
        };
        lines.add("  - {id: " + target + ", type: http, dependsOn: " + ids + config + "}");
        dependencies.forEach(d -> lines.add("  - {id: " + d.split(":")[0] + ", type: " + d.split(":")[1] + "}"));
        return lines;
    }

    @Override
    public String toString() {
        return name;
    }
}
