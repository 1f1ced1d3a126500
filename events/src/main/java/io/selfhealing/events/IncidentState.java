package io.selfhealing.events;

/** The incident lifecycle of DESIGN.md. */
public enum IncidentState {
    OPEN, DIAGNOSED, AWAITING_APPROVAL, BACKING_UP, APPLYING, VALIDATING, RESOLVED, ROLLING_BACK,
    ROLLED_BACK, FAILED, REJECTED;

    public boolean terminal() {
        return this == RESOLVED || this == ROLLED_BACK || this == FAILED || this == REJECTED;
    }

    /** A change to the target is under way: no second fix may start. */
    public boolean fixInFlight() {
        return this == BACKING_UP || this == APPLYING || this == VALIDATING || this == ROLLING_BACK;
    }
}
