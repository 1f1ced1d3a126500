package io.selfhealing.e2e;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One row of the fix-choice table: a target as the targets file declares it, the error and health
 * reports that stand in for error-detector and monitor-agent, and what the platform must make of
 * them: a diagnosis (issue type, confidence band, and for some rows what its evidence must say), a fix proposal (catalog fix and bounded change,
 * or no plan with the escalation's rationale) and the coordinator's decision.
 */
record FixScenario(String name, String target, Declared declared, Consumer<Feed> events, String issueType,
        int minConfidence, int maxConfidence, Outcome outcome, List<String> evidence) {

    /** The same row whose diagnosis must also say each of {@code parts} (in its summary or evidence). */
    FixScenario naming(String... parts) {
        return new FixScenario(name, target, declared, events, issueType, minConfidence, maxConfidence, outcome,
                List.of(parts));
    }

    static final String NAMESPACE = "healing-e2e";

    /**
     * What the target declares.
     *
     * @param properties   its config file (app.properties in a git repository of its own), null: none
     * @param personCommit a person's commit on top of the initial one (drops the key {@code feature.flag})
     * @param dependsOn    dependencies as "id:type" or "id:type:probe url", declared as targets of their own
     * @param kube         its Kubernetes objects, null: none
     * @param maintenance  an operator declared a maintenance window for it before the fault
     */
    record Declared(Map<String, String> properties, boolean personCommit, List<String> dependsOn, Kube kube,
            boolean maintenance) {

        static Declared config(Map<String, String> properties) {
            return new Declared(properties, false, List.of(), null, false);
        }

        static Declared nothing() {
            return new Declared(null, false, List.of(), null, false);
        }

        Declared dependsOn(String... deps) {
            return new Declared(properties, personCommit, List.of(deps), kube, maintenance);
        }

        Declared withPersonCommit() {
            return new Declared(properties, true, dependsOn, kube, maintenance);
        }

        Declared inMaintenance() {
            return new Declared(properties, personCommit, dependsOn, kube, true);
        }

        static Declared kube(Kube kube) {
            return new Declared(null, false, List.of(), kube, false);
        }
    }

    /**
     * Kubernetes objects in {@link #NAMESPACE}: a Deployment named after the target (null replicas:
     * none) and a ConfigMap {@code <target>-config} (null data: none).
     */
    record Kube(Integer replicas, Integer minReplicas, Integer maxReplicas, Map<String, String> configMap) {
    }

    /** The coordinator's decision. */
    enum Decision { AUTO_APPLIED, AWAITING_APPROVAL }

    /**
     * The proposal and what became of it. {@code fixType} null: plan null, {@code rationale} is part
     * of the proposal's rationale. Otherwise the one change (key, from, to) of the plan; a value in
     * braces is resolved per target by {@link ScenarioWorld#resolve}. {@code gate}: part of the
     * reason the incident waits for a person.
     */
    record Outcome(String fixType, String actuator, String key, String from, String to, String rationale,
            Decision decision, String gate) {

        static Outcome applied(String fixType, String actuator, String key, String from, String to) {
            return new Outcome(fixType, actuator, key, from, to, null, Decision.AUTO_APPLIED, null);
        }

        static Outcome awaiting(String fixType, String actuator, String key, String from, String to, String gate) {
            return new Outcome(fixType, actuator, key, from, to, null, Decision.AWAITING_APPROVAL, gate);
        }

        static Outcome escalated(String rationale) {
            return new Outcome(null, null, null, null, null, rationale, Decision.AWAITING_APPROVAL,
                    "no catalog fix within bounds");
        }

        boolean hasPlan() {
            return fixType != null;
        }
    }

    /** One health check of a report. */
    record Check(String name, String status, Long latencyMs, Map<String, Object> details) {
    }

    /** Sends a scenario's reports to healing.errors / healing.health as the two agents would. */
    interface Feed {
        void health(String targetId, String type, String status, Check... checks);

        void errors(String category, String template, long lines, double perMinute);

        default void errors(String category, String template, long lines) {
            errors(category, template, lines, lines * 6.0);
        }

        /**
         * Raw lines of one of the target's log streams (a file, its Kubernetes events) onto
         * healing.logs, as monitor-agent collects them: the real error-detector reads them.
         */
        void logs(String stream, List<String> lines);
    }

    @Override
    public String toString() {
        return target + ": " + name;
    }
}
