package io.selfhealing.detector.bench;

import io.selfhealing.detector.miner.LogTemplate;
import io.selfhealing.detector.miner.TemplateMiner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench/grouping-accuracy [DIR] [--assignments OUT]}: runs the detector's template miner
 * (unchanged, default settings) on each system of a Loghub-style folder and prints GA per system
 * and the mean.
 */
public final class GroupingBenchmark {

    private GroupingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("../shared/loghub2k");
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--assignments")) {
                out = Path.of(args[++i]);
            } else {
                dir = Path.of(args[i]);
            }
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        double sum = 0;
        int systems = 0;
        for (Map.Entry<String, String> format : LoghubDataset.formats(dir).entrySet()) {
            if (!Files.isDirectory(dir.resolve(format.getKey()))) {
                continue;
            }
            LoghubDataset data = LoghubDataset.load(dir, format.getKey(), format.getValue());
            double ga = run(data, out);
            System.out.printf(Locale.ROOT, "%s GA=%.4f%n", data.system(), ga);
            sum += ga;
            systems++;
        }
        System.out.printf(Locale.ROOT, "mean GA=%.4f%n", systems == 0 ? 0 : sum / systems);
    }

    static double run(LoghubDataset data, Path out) throws IOException {
        TemplateMiner miner = new TemplateMiner();
        List<LogTemplate> assigned = new ArrayList<>();
        for (String content : data.contents()) {
            assigned.add(miner.add(content));
        }
        List<String> parsed = assigned.stream().map(LogTemplate::stableId).toList();
        if (out != null) {
            write(out.resolve(data.system() + ".csv"), assigned);
        }
        return GroupingAccuracy.of(data.truth(), parsed);
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
