package io.selfhealing.detector.bench;

import io.selfhealing.detector.domain.ParsedLine;
import io.selfhealing.detector.miner.LogTemplate;
import io.selfhealing.detector.miner.MinerSettings;
import io.selfhealing.detector.miner.TemplateMiner;
import io.selfhealing.detector.service.LineParser;
import io.selfhealing.detector.service.MessagePath;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/grouping-accuracy [--raw] [DIR] [--assignments OUT] [--explain]}: grouping accuracy of
 * the detector on each system of a Loghub-style folder, and the mean. Literature mode (default) mines
 * the message cut out with the hand-written layout of {@code formats.tsv}, as the logparser benchmark
 * does; {@code --raw} feeds the whole raw lines through the agent's own path (LineParser, header
 * detection, per-target miner: {@link MessagePath}) and ignores {@code formats.tsv}.
 */
public final class GroupingBenchmark {

    private GroupingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        Path out = null;
        boolean raw = false;
        boolean explain = false;
        boolean leaveOut = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--raw" -> raw = true;
                case "--explain" -> explain = true;
                case "--leave-out" -> leaveOut = true;
                case "--assignments" -> out = Path.of(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        if (dir == null || !Files.isDirectory(dir)) {
            System.err.println("no Loghub folder " + (dir == null ? "given" : dir) + ": pass DIR (a folder with "
                    + "<System>/<System>_2k.log and <System>_2k.log_structured.csv, e.g. the Loghub-2k samples)");
            System.exit(2);
        }
        if (leaveOut) {
            LeaveOut.run(dir, raw);
            return;
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        System.out.println(raw ? "mode: raw (whole lines through the agent's path: parser, header detection, miner)"
                : "mode: literature (message cut out with formats.tsv)");
        double sum = 0;
        int systems = 0;
        for (String system : LoghubDataset.systems(dir)) {
            LoghubDataset data = LoghubDataset.load(dir, system, raw);
            List<LogTemplate> assigned = (raw ? runRaw(data) : runLiterature(data)).stream()
                    .map(LogTemplate::resolve).toList();
            double ga = GroupingAccuracy.of(data.truth(), assigned.stream().map(LogTemplate::stableId).toList());
            System.out.printf(Locale.ROOT, "%s GA=%.4f%n", system, ga);
            if (out != null) {
                write(out.resolve(system + ".csv"), assigned);
            }
            if (explain) {
                Explain.print(data, assigned);
            }
            sum += ga;
            systems++;
        }
        System.out.printf(Locale.ROOT, "mean GA=%.4f%n", systems == 0 ? 0 : sum / systems);
    }

    static List<LogTemplate> runLiterature(LoghubDataset data) {
        return runLiterature(data, MinerSettings.defaults());
    }

    static List<LogTemplate> runLiterature(LoghubDataset data, MinerSettings settings) {
        TemplateMiner miner = new TemplateMiner(settings);
        List<LogTemplate> assigned = new ArrayList<>();
        for (String content : data.lines()) {
            assigned.add(miner.add(content));
        }
        return assigned;
    }

    /** Exactly the agent's path: parse, header (learned per stream), per-target miner. */
    static List<LogTemplate> runRaw(LoghubDataset data) {
        return runRaw(data, MinerSettings.defaults());
    }

    static List<LogTemplate> runRaw(LoghubDataset data, MinerSettings settings) {
        LineParser parser = new LineParser();
        MessagePath<Integer> path = new MessagePath<>(target -> null, settings, 1_000);
        LogTemplate[] assigned = new LogTemplate[data.lines().size()];
        MessagePath.Sink<Integer> sink = (i, t) -> assigned[i] = t;
        for (int i = 0; i < assigned.length; i++) {
            ParsedLine parsed = parser.parse(data.lines().get(i));
            path.offer(data.system(), "log", parsed.text(), parsed.structured(), i, i, sink);
        }
        path.flush(Long.MAX_VALUE, sink);
        if (Boolean.getBoolean("bench.headers")) {
            System.err.println(data.system() + " header: " + path.describe(data.system(), "log"));
        }
        return Arrays.asList(assigned);
    }

    private static void write(Path file, List<LogTemplate> assigned) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("LineId,TemplateId,Template");
            for (int i = 0; i < assigned.size(); i++) {
                LogTemplate t = assigned.get(i);
                w.println((i + 1) + "," + t.stableId() + "," + Csv.quote(t.text()));
            }
        }
    }
}
