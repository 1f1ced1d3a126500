package io.selfhealing.demo.fault;

/** What {@code GET /fault} shows. Fields are null while no fault is active. */
public record FaultState(boolean active, Double maxCallsPerSecond, Integer maxErrors,
        Integer remainingErrors, long rejected) {

    static FaultState inactive(long rejected) {
        return new FaultState(false, null, null, null, rejected);
    }
}
