package io.selfhealing.detector.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** CPU time of a Linux process and of its threads, from /proc/PID/stat (utime + stime, 100 ticks/s). */
record ProcStat(String name, long ticks) {

    private static final double TICKS_PER_SECOND = 100.0;

    static ProcStat read(long pid) throws IOException {
        return parse(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    double cpuSeconds() {
        return ticks / TICKS_PER_SECOND;
    }

    /** The busiest threads, threads of the same name prefix (pool members) summed, as "name=1.23s". */
    static String busiestThreads(long pid, int top) throws IOException {
        Map<String, Long> byName = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    ProcStat stat = parse(task.resolve("stat"));
                    byName.merge(stat.name().replaceAll("[-#]?\\d+$", ""), stat.ticks(), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(byName.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        return sorted.stream().limit(top)
                .map(e -> String.format(Locale.ROOT, "%s=%.2fs", e.getKey(), e.getValue() / TICKS_PER_SECOND))
                .collect(Collectors.joining(", "));
    }

    private static ProcStat parse(Path stat) throws IOException {
        String text = Files.readString(stat);
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        String[] fields = text.substring(close + 2).split(" ");
        // after "pid (comm) ": state is field 3, utime field 14, stime field 15 → indexes 11 and 12 here
        return new ProcStat(text.substring(open + 1, close), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    }
}
