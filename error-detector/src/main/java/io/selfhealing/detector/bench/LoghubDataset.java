package io.selfhealing.detector.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One system of a Loghub-style folder: {@code <S>/<S>_2k.log}, its structured CSV (true EventId per
 * LineId) and the header layout from {@code formats.tsv} (configuration, not masking).
 */
public record LoghubDataset(String system, List<String> contents, List<String> truth) {

    /** System name → header layout, from {@code formats.tsv} (tab-separated, with a header row). */
    public static Map<String, String> formats(Path dir) throws IOException {
        Map<String, String> formats = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("formats.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                formats.put(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
            }
        }
        return formats;
    }

    public static LoghubDataset load(Path dir, String system, String format) throws IOException {
        Pattern header = headerPattern(format);
        List<String> contents = new ArrayList<>();
        for (String raw : Files.readAllLines(dir.resolve(system).resolve(system + "_2k.log"), StandardCharsets.UTF_8)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            Matcher m = header.matcher(line);
            contents.add(m.matches() ? m.group("Content") : line);
        }
        List<String> truth = new ArrayList<>();
        List<String> rows = Files.readAllLines(dir.resolve(system).resolve(system + "_2k.log_structured.csv"),
                StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            List<String> fields = Csv.split(row);
            truth.add(fields.get(fields.size() - 2));
        }
        if (truth.size() != contents.size()) {
            throw new IllegalStateException(system + ": " + contents.size() + " log lines but " + truth.size() + " rows");
        }
        return new LoghubDataset(system, contents, truth);
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
