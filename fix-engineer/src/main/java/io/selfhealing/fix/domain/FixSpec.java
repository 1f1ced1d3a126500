package io.selfhealing.fix.domain;

import io.selfhealing.events.FixPlan;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.RiskLevel;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One fix type of the catalog (an entry of the catalog YAML, see {@code fix-catalog.yaml}): which
 * issues it answers, where it acts, and the bounds of what it may change. Plans and APPLY checks
 * both go through here, so nothing outside the bounds is proposed or applied.
 */
public record FixSpec(String name, List<String> answers, RiskLevel risk, List<String> actuators,
        Parameter parameter, StepRule step, String revert, String description) {

    public static final String GIT_CONFIG = "git-config";
    public static final String K8S_CONFIGMAP = "k8s-configmap";
    public static final String HTTP_ADMIN = "http-admin";
    public static final String K8S_RESTART = "k8s-restart";
    public static final String K8S_SCALE = "k8s-scale";
    public static final String GIT_REVERT = "git-revert";
    public static final List<String> ACTUATORS = List.of(GIT_CONFIG, K8S_CONFIGMAP, HTTP_ADMIN, K8S_RESTART,
            K8S_SCALE, GIT_REVERT);
    /** Actuators without a numeric parameter. */
    public static final List<String> VALUELESS = List.of(K8S_RESTART, GIT_REVERT);
    public static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";
    public static final String COMMIT_KEY = "commit";
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

    public FixSpec {
        answers = answers == null ? List.of() : List.copyOf(answers);
        actuators = actuators == null ? List.of() : List.copyOf(actuators);
    }

    public boolean numeric() {
        return parameter != null;
    }

    /** A plan from what {@code actuator} read on the target, or why there is none. */
    public Proposal plan(String actuator, Reading reading) {
        String to;
        if (numeric()) {
            Optional<String> why = boundProblem(reading);
            if (why.isPresent()) {
                return Proposal.none(why.get());
            }
            long min = min(reading);
            long max = max(reading);
            to = Long.toString(step.next(Long.parseLong(reading.current()), min, max).getAsLong());
        } else {
            to = reading.proposed();
        }
        ParameterChange change = new ParameterChange(reading.resource(), reading.key(), reading.current(), to);
        Optional<String> rejected = reject(change, reading.min(), reading.max());
        if (rejected.isPresent()) {
            return Proposal.none(rejected.get());
        }
        String text = description.replace("${key}", reading.key()).replace("${from}", reading.current())
                .replace("${to}", to);
        return new Proposal(new FixPlan(name, actuator, risk, text, List.of(change)),
                name + " via " + actuator + ": " + reading.key() + " " + reading.current() + " -> " + to
                        + (numeric() ? " (" + stepText() + ", bounds " + min(reading) + ".." + max(reading) + ")" : ""));
    }

    /** Why {@code change} may not be applied, or empty; {@code min}/{@code max} are the target's extra bounds. */
    public Optional<String> reject(ParameterChange change, Long min, Long max) {
        if (change.key() == null || change.fromValue() == null || change.toValue() == null) {
            return Optional.of(name + ": a change needs key, fromValue and toValue");
        }
        if (numeric()) {
            return rejectNumeric(change, new Reading(null, null, null, null, min, max));
        }
        if (actuators.contains(K8S_RESTART)) {
            return RESTARTED_AT.equals(change.key()) && isInstant(change.toValue()) && !change.toValue()
                    .equals(change.fromValue()) ? Optional.empty()
                    : Optional.of(name + " may only set " + RESTARTED_AT + " to a new timestamp");
        }
        return COMMIT_KEY.equals(change.key()) && SHA.matcher(change.fromValue()).matches()
                && SHA.matcher(change.toValue()).matches() ? Optional.empty()
                : Optional.of(name + " needs key " + COMMIT_KEY + " from and to full commit ids");
    }

    private Optional<String> rejectNumeric(ParameterChange change, Reading bounds) {
        if (!parameter.named(change.key())) {
            return Optional.of(name + " may only change " + parameter.key() + ", not " + change.key());
        }
        OptionalLong from = wholeNumber(change.fromValue());
        OptionalLong to = wholeNumber(change.toValue());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.of(name + " values must be whole numbers: " + change.fromValue() + " -> " + change.toValue());
        }
        if (!step.allows(from.getAsLong(), to.getAsLong(), min(bounds), max(bounds))) {
            return Optional.of(name + " " + from.getAsLong() + " -> " + to.getAsLong() + " is outside its bounds ("
                    + stepText() + ", " + min(bounds) + ".." + max(bounds) + ")");
        }
        return Optional.empty();
    }

    private Optional<String> boundProblem(Reading reading) {
        OptionalLong current = wholeNumber(reading.current());
        if (current.isEmpty()) {
            return Optional.of(reading.key() + " in " + reading.resource().describe() + " is not a whole number: '"
                    + reading.current() + "'");
        }
        long min = min(reading);
        long max = max(reading);
        if (step.next(current.getAsLong(), min, max).isEmpty()) {
            return Optional.of(reading.key() + " is " + current.getAsLong() + ", already at its bound ("
                    + min + ".." + max + "); going further is not a safe automatic fix, a person must look");
        }
        return Optional.empty();
    }

    private long min(Reading r) {
        return r.min() == null ? parameter.min() : Math.max(parameter.min(), r.min());
    }

    private long max(Reading r) {
        return r.max() == null ? parameter.max() : Math.min(parameter.max(), r.max());
    }

    private String stepText() {
        return step.direction() + " " + (step.factor() != null ? "x" + step.factor() : "+" + step.add()) + " per step";
    }

    /** A canonical whole number ("800", not "+800", "0800" or " 800"). */
    static OptionalLong wholeNumber(String s) {
        try {
            long v = Long.parseLong(s);
            return Long.toString(v).equals(s) ? OptionalLong.of(v) : OptionalLong.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean isInstant(String s) {
        try {
            Instant.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
