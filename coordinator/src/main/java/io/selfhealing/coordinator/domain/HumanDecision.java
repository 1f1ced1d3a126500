package io.selfhealing.coordinator.domain;

/** Who decided and why (the reason may be null: not every client asks for one). */
public record HumanDecision(String actor, String reason) {

    public HumanDecision {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a decision needs an authenticated actor");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** "by alice: disk is being replaced" or "by alice". */
    public String describe() {
        return "by " + actor + (reason == null ? "" : ": " + reason);
    }
}
