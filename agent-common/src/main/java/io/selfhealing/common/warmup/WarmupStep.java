package io.selfhealing.common.warmup;

import io.smallrye.mutiny.Uni;

/**
 * One first-use cost of an agent's hot path (a database round trip with the entities it writes, a
 * topic's metadata, a library's first call) paid at start instead of in the first incident. A step
 * leaves no trace: no event on a topic, no row, no file outside a scratch directory it deletes.
 */
public interface WarmupStep {

    /** What is warmed, for the log and the readiness data (e.g. {@code "database"}). */
    String name();

    /** Runs the hot path once; may fail (the failure is logged and the start goes on). */
    Uni<Void> run();
}
