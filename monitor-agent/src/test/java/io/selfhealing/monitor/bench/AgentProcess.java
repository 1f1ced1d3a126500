package io.selfhealing.monitor.bench;

import io.selfhealing.infra.SharedInfra;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the packaged agent (target/quarkus-app) as its own process on the bench targets and
 * samples its CPU time (/proc/PID/stat) and heap (/q/metrics) after a warm-up.
 */
final class AgentProcess {

    private static final long CLOCK_TICKS = 100;
    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)");

    private AgentProcess() {
    }

    static void measure(Path targets, Path dir, int seconds) throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            System.out.println("BENCH agent: " + jar.toAbsolutePath() + " missing (mvn package -pl monitor-agent)");
            return;
        }
        int port = io.selfhealing.infra.Ports.free();
        String xmx = System.getProperty("bench.xmx", "64m");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-XX:+UseSerialGC"));
        String extra = System.getProperty("bench.jvm-args", "").trim(); // e.g. a JFR recording, to profile the agent
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-Dquarkus.http.port=" + port,
                "-Dhealing.targets-file=" + targets, "-Dhealing.monitor.state-dir=" + dir.resolve("state"),
                "-Dkafka.bootstrap.servers=" + SharedInfra.get().kafka().bootstrapServers(),
                "-Dquarkus.log.level=WARN", "-jar", jar.toString()));
        Process agent = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("agent.log").toFile()).start();
        try {
            int warmup = Integer.getInteger("bench.warmup", 15);
            Thread.sleep(warmup * 1000L);
            long cpuStart = cpuTicks(agent.pid());
            Map<String, Long> threadsStart = threadTicks(agent.pid());
            long start = System.nanoTime();
            List<Double> heap = new ArrayList<>();
            while (System.nanoTime() - start < seconds * 1_000_000_000L) {
                Thread.sleep(5_000);
                heap.add(heapMb(port));
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpuPercent = 100.0 * (cpuTicks(agent.pid()) - cpuStart) / CLOCK_TICKS / elapsed;
            System.out.printf("BENCH agent (-Xmx%s, 50 targets every 5 s, %.0f s after %d s warm-up): CPU %.2f %% of one"
                    + " core, heap used avg %.1f MB max %.1f MB, RSS %d MB%n", xmx, elapsed, warmup, cpuPercent,
                    heap.stream().mapToDouble(d -> d).average().orElse(0), heap.stream().mapToDouble(d -> d).max()
                            .orElse(0), rssMb(agent.pid()));
            printThreads(threadsStart, threadTicks(agent.pid()), elapsed);
        } finally {
            agent.destroy();
            agent.waitFor();
        }
    }

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** CPU ticks per thread name (digits folded: blocking-probe-3 → blocking-probe-#) from /proc/PID/task. */
    private static Map<String, Long> threadTicks(long pid) throws IOException {
        Map<String, Long> ticks = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return ticks;
    }

    private static void printThreads(Map<String, Long> start, Map<String, Long> end, double elapsed) {
        end.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - start.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.out.printf("BENCH   threads %-18s CPU %.2f %%%n", e.getKey(),
                        100.0 * e.getValue() / CLOCK_TICKS / elapsed));
    }

    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private static double heapMb(int port) throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = HEAP.matcher(metrics);
        double bytes = 0;
        while (m.find()) {
            bytes += Double.parseDouble(m.group(1));
        }
        return bytes / (1024 * 1024);
    }
}
