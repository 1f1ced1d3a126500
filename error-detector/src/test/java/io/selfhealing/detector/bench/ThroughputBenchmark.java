package io.selfhealing.detector.bench;

import io.selfhealing.detector.domain.CategoryRule;
import io.selfhealing.detector.domain.ParsedLine;
import io.selfhealing.detector.miner.MinerSettings;
import io.selfhealing.detector.service.MessagePath;
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
 * {@code bench/detector-throughput}: single-thread (one core) lines/s and bytes allocated per line
 * (ThreadMXBean) of the raw-line path (parse + header detection + template) and of the whole engine,
 * on generated streams whose variables and templates keep changing, then on the Loghub mix.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path loghub = args.length > 0 && !args[0].isEmpty() ? Path.of(args[0]) : null;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        generated(seconds);
        if (loghub != null) {
            loghubMix(loghub, seconds);
        }
    }

    /** The raw-line path and the whole engine on generated streams whose variables and templates keep changing. */
    private static void generated(int seconds) {
        int perLayout = 100_000;
        List<String> lines = new java.util.ArrayList<>();
        for (int layout = 0; layout < 4; layout++) {
            lines.addAll(GeneratedStream.lines(perLayout, layout, 7 + layout));
        }
        System.out.printf(Locale.ROOT, "generated stream: 4 streams x %,d lines (4 header layouts, fresh ids, IPs, "
                + "durations, 5000 users, a new template every %,d lines); every pass starts with empty state%n",
                perLayout, GeneratedStream.NEW_TEMPLATE_EVERY);
        LineParser parser = new LineParser();
        MessagePath.Sink<Object> none = (item, t) -> { };
        Object[] path = {null};
        int[] at = {0};
        measure("raw path (parse + header detection + template), generated", () -> {
            int i = at[0]++ % lines.size();
            if (i == 0) {
                path[0] = new MessagePath<>(target -> null, MinerSettings.defaults(), 1_000);
            }
            String line = lines.get(i);
            ParsedLine parsed = parser.parse(line);
            @SuppressWarnings("unchecked")
            MessagePath<Object> p = (MessagePath<Object>) path[0];
            p.offer("target", STREAMS[i / perLayout], parsed.text(), parsed.structured(), null, i, none);
        }, seconds);
        @SuppressWarnings("unchecked")
        MessagePath<Object> last = (MessagePath<Object>) path[0];
        System.out.printf(Locale.ROOT, "  (headers learned: %s | %s | %s | %s; %d templates at the end of a pass)%n",
                last.describe("target", STREAMS[0]), last.describe("target", STREAMS[1]),
                last.describe("target", STREAMS[2]), last.describe("target", STREAMS[3]), last.templates("target"));
        List<LogLineCollected> events = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            events.add(new LogLineCollected(EventHeader.create("bench", "target-" + (i & 7)), STREAMS[i / perLayout], i,
                    lines.get(i)));
        }
        DetectorEngine[] engine = {null};
        int[] next = {0};
        long[] reports = {0};
        measure("engine (categorise + header + template + windows + reports), generated", () -> {
            int i = next[0]++ % events.size();
            if (i == 0) {
                engine[0] = new DetectorEngine(DetectorSettings.defaults(), new LineCategoriser(CategoryRules.defaults()),
                        MinerSettings.defaults(), target -> null);
            }
            reports[0] += engine[0].onLine(events.get(i), i / 50).size();
        }, seconds);
        System.out.printf(Locale.ROOT, "  (%d reports)%n", reports[0]);
    }

    private static final String[] STREAMS = {"iso.log", "syslog", "apache.log", "epoch.log"};

    /** The Loghub mix: ten real systems' raw lines plus application lines, cycled. */
    private static void loghubMix(Path loghub, int seconds) throws Exception {
        List<String> lines = MixedStream.load(loghub, 5_000);
        System.out.printf(Locale.ROOT, "loghub mix: %d distinct lines (10 Loghub systems + 5000 app lines), cycled, "
                + "%d s per run%n", lines.size(), seconds);
        var rules = CategoryRules.defaults();
        LineParser parser = new LineParser();
        LineCategoriser categoriser = new LineCategoriser(rules);
        MessagePath<Object> path = new MessagePath<>(target -> null, MinerSettings.defaults(), 1_000);
        MessagePath.Sink<Object> none = (item, t) -> { };
        int[] cursor = {0};
        long[] errors = {0};
        measure("categorise + raw path, loghub mix", () -> {
            String line = lines.get(cursor[0]++ % lines.size());
            var parsed = parser.parse(line);
            CategoryRule rule = categoriser.categorise(parsed);
            errors[0] += rule == null ? 0 : 1;
            path.offer("target", "mix.log", parsed.text(), parsed.structured(), null, cursor[0], none);
        }, seconds);
        System.out.printf(Locale.ROOT, "  (%.1f%% of lines categorised as errors, %d templates)%n",
                100.0 * errors[0] / cursor[0], path.templates("target"));

        DetectorEngine engine = new DetectorEngine(DetectorSettings.defaults(), new LineCategoriser(rules),
                MinerSettings.defaults(), target -> null);
        List<LogLineCollected> events = lines.stream()
                .map(l -> new LogLineCollected(EventHeader.create("bench", "target-" + (l.hashCode() & 7)), "app.log", 0, l))
                .toList();
        int[] at = {0};
        long[] reports = {0};
        measure("engine (categorise + header + template + windows + reports), loghub mix", () -> {
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
