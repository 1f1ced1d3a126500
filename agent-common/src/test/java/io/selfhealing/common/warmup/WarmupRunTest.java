package io.selfhealing.common.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WarmupRunTest {

    private final List<String> ran = new ArrayList<>();

    private WarmupStep step(String name, Supplier<Uni<Void>> body) {
        return new WarmupStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Uni<Void> run() {
                ran.add(name);
                return body.get();
            }
        };
    }

    @Test
    void runsEveryStepInOrderAndTimesEach() {
        List<WarmupRun.Outcome> outcomes = WarmupRun.of(List.of(
                step("database", () -> Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(30))),
                step("kafka", () -> Uni.createFrom().voidItem())), Duration.ofSeconds(5), Runnable::run)
                .await().atMost(Duration.ofSeconds(5));

        assertEquals(List.of("database", "kafka"), ran);
        assertEquals(List.of("database", "kafka"), outcomes.stream().map(WarmupRun.Outcome::step).toList());
        assertTrue(outcomes.get(0).millis() >= 30, outcomes.get(0).describe());
        assertTrue(outcomes.stream().allMatch(WarmupRun.Outcome::ok));
    }

    @Test
    void aFailingOrThrowingStepIsRecordedAndTheNextOneStillRuns() {
        List<WarmupRun.Outcome> outcomes = WarmupRun.of(List.of(
                step("database", () -> Uni.createFrom().failure(new IllegalStateException("connection refused"))),
                step("git", () -> {
                    throw new IllegalArgumentException("no repository");
                }),
                step("kafka", () -> Uni.createFrom().voidItem())), Duration.ofSeconds(5), Runnable::run)
                .await().atMost(Duration.ofSeconds(5));

        assertEquals(List.of("database", "git", "kafka"), ran);
        assertEquals("IllegalStateException: connection refused", outcomes.get(0).failure());
        assertEquals("IllegalArgumentException: no repository", outcomes.get(1).failure());
        assertNull(outcomes.get(2).failure());
    }

    @Test
    void aStepThatNeverFinishesIsGivenUpAfterTheTimeout() {
        long start = System.nanoTime();
        List<WarmupRun.Outcome> outcomes = WarmupRun.of(List.of(
                step("broker down", () -> Uni.createFrom().nothing()),
                step("kafka", () -> Uni.createFrom().voidItem())), Duration.ofMillis(200), Runnable::run)
                .await().atMost(Duration.ofSeconds(5));
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(outcomes.get(0).failure().contains("not done within PT0.2S"), outcomes.get(0).describe());
        assertTrue(outcomes.get(0).millis() >= 200 && tookMs < 2000, tookMs + " ms");
        assertTrue(outcomes.get(1).ok());
    }

    @Test
    void everyStepStartsOnTheGivenContextEvenAfterAStepThatCompletedElsewhere() {
        ExecutorService elsewhere = Executors.newSingleThreadExecutor(r -> new Thread(r, "kafka-client"));
        ExecutorService context = Executors.newSingleThreadExecutor(r -> new Thread(r, "warm-up-context"));
        List<String> threads = new ArrayList<>();
        try {
            WarmupRun.of(List.of(
                    step("kafka", () -> {
                        threads.add(Thread.currentThread().getName());
                        return Uni.createFrom().voidItem().emitOn(elsewhere);
                    }),
                    step("database", () -> {
                        threads.add(Thread.currentThread().getName());
                        return Uni.createFrom().voidItem();
                    })), Duration.ofSeconds(5), context).await().atMost(Duration.ofSeconds(5));
        } finally {
            elsewhere.shutdownNow();
            context.shutdownNow();
        }

        assertEquals(List.of("warm-up-context", "warm-up-context"), threads);
    }

    @Test
    void noStepsIsAnEmptyRun() {
        assertEquals(List.of(), WarmupRun.of(List.of(), Duration.ofSeconds(1), Runnable::run).await().atMost(Duration.ofSeconds(1)));
    }
}
