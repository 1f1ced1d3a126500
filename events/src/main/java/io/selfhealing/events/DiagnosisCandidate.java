package io.selfhealing.events;

/**
 * Another root cause the analyst weighed for the same trouble, with the confidence it would have had.
 * A diagnosis that lists candidates close to its own confidence is ambiguous: a person decides.
 */
public record DiagnosisCandidate(String issueType, int confidence, String reason) {
}
