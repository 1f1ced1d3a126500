package io.selfhealing.detector.bench;

import io.selfhealing.detector.domain.CategoryRule;
import io.selfhealing.detector.miner.TemplateMiner;
import io.selfhealing.detector.service.CategoryRules;
import io.selfhealing.detector.service.DetectorEngine;
import io.selfhealing.detector.service.DetectorSettings;
import io.selfhealing.detector.service.LineCategoriser;
import io.selfhealing.detector.service.LineParser;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.LogLineCollected;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/detector-throughput}: single-thread (one core) lines/s and allocation of
 * categorise + template, and of the whole engine (plus windows and reports), on a mixed stream.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path loghub = Path.of(args.length > 0 ? args[0] : "../shared/loghub2k");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> lines = MixedStream.load(loghub, 5_000);
        System.out.printf(Locale.ROOT, "stream: %d distinct lines (10 Loghub systems + 5000 app lines), %d s per run%n",
                lines.size(), seconds);
        var rules = CategoryRules.defaults();
        LineParser parser = new LineParser();
        LineCategoriser categoriser = new LineCategoriser(rules);
        TemplateMiner miner = new TemplateMiner();
        Runnable[] categoriseAndMine = {null};
        int[] cursor = {0};
        long[] errors = {0};
        categoriseAndMine[0] = () -> {
            String line = lines.get(cursor[0]++ % lines.size());
            var parsed = parser.parse(line);
            CategoryRule rule = categoriser.categorise(parsed);
            errors[0] += rule == null ? 0 : 1;
            miner.add(parsed.text());
        };
        measure("categorise + template", categoriseAndMine[0], seconds);
        System.out.printf(Locale.ROOT, "  (%.1f%% of lines categorised as errors, %d templates)%n",
                100.0 * errors[0] / cursor[0], miner.templates().size());

        DetectorEngine engine = new DetectorEngine(DetectorSettings.defaults(), new LineCategoriser(rules),
                new TemplateMiner());
        List<LogLineCollected> events = lines.stream()
                .map(l -> new LogLineCollected(EventHeader.create("bench", "target-" + (l.hashCode() & 7)), "app.log", 0, l))
                .toList();
        int[] at = {0};
        long[] reports = {0};
        measure("engine (categorise + template + windows + reports)", () -> {
            LogLineCollected e = events.get(at[0] % events.size());
            reports[0] += engine.onLine(e, at[0]++ / 50).size();
        }, seconds);
        System.out.printf(Locale.ROOT, "  (%d reports)%n", reports[0]);
    }

    private static void measure(String name, Runnable step, int seconds) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        runFor(step, seconds * 1_000_000_000L / 2);
        long bytes0 = threads.getThreadAllocatedBytes(tid);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long n = runFor(step, seconds * 1_000_000_000L);
        long elapsed = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long bytes = threads.getThreadAllocatedBytes(tid) - bytes0;
        System.out.printf(Locale.ROOT, "%s: %,.0f lines/s on one thread (%,.0f lines per CPU-second), "
                + "allocation %,.0f bytes/line = %,.0f MB/s%n", name, n * 1e9 / elapsed, n * 1e9 / Math.max(1, cpu),
                (double) bytes / n, bytes / 1e6 / (elapsed / 1e9));
    }

    private static long runFor(Runnable step, long nanos) {
        long end = System.nanoTime() + nanos;
        long n = 0;
        while (true) {
            for (int i = 0; i < 1000; i++) {
                step.run();
            }
            n += 1000;
            if (System.nanoTime() >= end) {
                return n;
            }
        }
    }
}
