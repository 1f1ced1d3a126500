package io.selfhealing.detector.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One system of a Loghub-style folder: {@code <S>/<S>_2k.log}, its structured CSV (true EventId per
 * LineId, true templates). In literature mode the lines are the messages cut out with the header
 * layout of {@code formats.tsv}; in raw mode they are the whole raw lines (formats.tsv unused).
 */
public record LoghubDataset(String system, List<String> lines, List<String> truth, Map<String, String> templates) {

    /** The systems of the folder: every sub-folder holding {@code <S>_2k.log}, sorted. */
    static List<String> systems(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            return list.filter(p -> Files.isRegularFile(p.resolve(p.getFileName() + "_2k.log")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** System name → header layout, from {@code formats.tsv} (tab-separated, with a header row). */
    public static Map<String, String> formats(Path dir) throws IOException {
        Map<String, String> formats = new LinkedHashMap<>();
        Path file = dir.resolve("formats.tsv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is missing: literature mode needs each system's header "
                    + "layout (or run with --raw)");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                formats.put(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
            }
        }
        return formats;
    }

    public static LoghubDataset load(Path dir, String system, boolean raw) throws IOException {
        Pattern header = raw ? null : headerPattern(formatOf(dir, system));
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(system).resolve(system + "_2k.log"), StandardCharsets.UTF_8)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            Matcher m = header == null ? null : header.matcher(l);
            lines.add(m != null && m.matches() ? m.group("Content") : l);
        }
        List<String> truth = new ArrayList<>();
        List<String> rows = Files.readAllLines(dir.resolve(system).resolve(system + "_2k.log_structured.csv"),
                StandardCharsets.UTF_8);
        Map<String, String> templates = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            List<String> fields = Csv.split(row);
            truth.add(fields.get(fields.size() - 2));
            templates.put(fields.get(fields.size() - 2), fields.get(fields.size() - 1));
        }
        if (truth.size() != lines.size()) {
            throw new IllegalStateException(system + ": " + lines.size() + " log lines but " + truth.size() + " rows");
        }
        return new LoghubDataset(system, lines, truth, templates);
    }

    private static String formatOf(Path dir, String system) throws IOException {
        String format = formats(dir).get(system);
        if (format == null) {
            throw new IllegalArgumentException("formats.tsv has no layout for " + system);
        }
        return format;
    }

    /** The logparser convention: fields match lazily, runs of spaces match any whitespace, anchored. */
    static Pattern headerPattern(String format) {
        StringBuilder regex = new StringBuilder("^");
        Matcher field = Pattern.compile("<([^<>]+)>").matcher(format);
        int last = 0;
        while (field.find()) {
            regex.append(format.substring(last, field.start()).replaceAll(" +", "\\\\s+"));
            regex.append("(?<").append(field.group(1).replaceAll("[^A-Za-z0-9]", "")).append(">.*?)");
            last = field.end();
        }
        regex.append(format.substring(last).replaceAll(" +", "\\\\s+")).append('$');
        return Pattern.compile(regex.toString());
    }
}
