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
import java.util.List;
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
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-XX:+UseSerialGC", "-Dquarkus.http.port=" + port,
                "-Dhealing.targets-file=" + targets, "-Dhealing.monitor.state-dir=" + dir.resolve("state"),
                "-Dkafka.bootstrap.servers=" + SharedInfra.get().kafka().bootstrapServers(),
                "-Dquarkus.log.level=WARN", "-jar", jar.toString());
        Process agent = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("agent.log").toFile()).start();
        try {
            Thread.sleep(15_000);
            long cpuStart = cpuTicks(agent.pid());
            long start = System.nanoTime();
            List<Double> heap = new ArrayList<>();
            while (System.nanoTime() - start < seconds * 1_000_000_000L) {
                Thread.sleep(5_000);
                heap.add(heapMb(port));
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpuPercent = 100.0 * (cpuTicks(agent.pid()) - cpuStart) / CLOCK_TICKS / elapsed;
            System.out.printf("BENCH agent (-Xmx%s, 50 targets every 5 s, %.0f s after 15 s warm-up): CPU %.2f %% of one"
                    + " core, heap used avg %.1f MB max %.1f MB, RSS %d MB%n", xmx, elapsed, cpuPercent,
                    heap.stream().mapToDouble(d -> d).average().orElse(0), heap.stream().mapToDouble(d -> d).max()
                            .orElse(0), rssMb(agent.pid()));
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
