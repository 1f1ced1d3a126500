package io.selfhealing.common.warmup;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Runs warm-up steps one after another, each bounded by a timeout: a step that fails or does not
 * finish in time (a dependency is down) is recorded and the next one runs, so a warm-up never
 * blocks a start for longer than steps x timeout.
 */
public final class WarmupRun {

    /** How one step went: its duration, and why it failed (null when it did not). */
    public record Outcome(String step, long millis, String failure) {

        public boolean ok() {
            return failure == null;
        }

        public String describe() {
            return step + " " + millis + " ms" + (ok() ? "" : " (" + failure + ")");
        }
    }

    private WarmupRun() {
    }

    /**
     * The steps' outcomes, in order. Each step is started and its result handled on {@code context}
     * (a step that completes on another thread, a Kafka client's, does not move the next one there).
     */
    public static Uni<List<Outcome>> of(List<WarmupStep> steps, Duration stepTimeout, Executor context) {
        Uni<List<Outcome>> run = Uni.createFrom().item(List.of());
        for (WarmupStep step : steps) {
            run = run.flatMap(done -> timed(step, stepTimeout, context).map(outcome -> {
                List<Outcome> all = new ArrayList<>(done);
                all.add(outcome);
                return List.copyOf(all);
            }));
        }
        return run;
    }

    private static Uni<Outcome> timed(WarmupStep step, Duration timeout, Executor context) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return Uni.createFrom().deferred(step::run).runSubscriptionOn(context).emitOn(context)
                    .ifNoItem().after(timeout).failWith(() -> new IllegalStateException("not done within " + timeout))
                    .map(x -> new Outcome(step.name(), millisSince(start), null))
                    .onFailure().recoverWithItem(e -> new Outcome(step.name(), millisSince(start),
                            e.getClass().getSimpleName() + ": " + e.getMessage()));
        });
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
