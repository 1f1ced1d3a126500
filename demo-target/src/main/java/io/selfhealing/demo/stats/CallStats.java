package io.selfhealing.demo.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Counts the worker's upstream calls by outcome, as Micrometer counters and for status and health. */
@Singleton
public class CallStats {

    private static final long TEN_SECONDS = TimeUnit.SECONDS.toNanos(10);
    private static final long HORIZON = TimeUnit.MINUTES.toNanos(5);

    private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);
    private final RecentEvents rateLimited = new RecentEvents(HORIZON);

    public CallStats(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            counters.put(outcome, Counter.builder("demo.upstream.calls")
                    .description("Upstream calls of the worker by outcome")
                    .tag("outcome", outcome.tag())
                    .register(registry));
        }
    }

    public void record(Outcome outcome) {
        counters.get(outcome).increment();
        if (outcome == Outcome.RATE_LIMITED) {
            rateLimited.record(System.nanoTime());
        }
    }

    /** 429s seen within the last {@code windowNanos}. */
    public int rateLimitedWithin(long windowNanos) {
        return rateLimited.countWithin(windowNanos, System.nanoTime());
    }

    public CallCounters snapshot() {
        long ok = count(Outcome.OK);
        long limited = count(Outcome.RATE_LIMITED);
        long errors = count(Outcome.ERROR);
        return new CallCounters(ok + limited + errors, ok, limited, errors, rateLimitedWithin(TEN_SECONDS));
    }

    private long count(Outcome outcome) {
        return (long) counters.get(outcome).count();
    }
}
