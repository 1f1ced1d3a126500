package io.selfhealing.monitor.bench;

import com.sun.net.httpserver.HttpServer;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.common.targets.TargetsFile;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.service.probe.Probe;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire does not pick up *Bench): run by {@code bench/monitor-cycle}. Prints
 * BENCH lines: the time of one check cycle over 50 mixed loopback targets (all started at once,
 * as the scheduler does), then the agent's own CPU % and heap while it checks the same 50 targets
 * every 5 s as a separate process.
 */
class MonitorCycleBench {

    @Test
    void run() throws Exception {
        Path dir = Files.createTempDirectory("monitor-bench-");
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        http.start();
        try {
            Path targets = dir.resolve("targets.yaml");
            Files.writeString(targets, BenchTargets.yaml(http.getAddress().getPort(), gitRepo(dir),
                    SharedInfra.get().database().jdbcUrl("postgres"), SharedInfra.get().kafka().bootstrapServers()));
            List<TargetSpec> specs = TargetsFile.load(targets).targets();
            cycles(specs);
            AgentProcess.measure(targets, dir, Integer.getInteger("bench.seconds", 60));
        } finally {
            http.stop(0);
        }
    }

    private static void cycles(List<TargetSpec> specs) {
        Map<String, Probe> probes = BenchProbes.create().stream().collect(Collectors.toMap(Probe::type, Function.identity()));
        List<ProbeContext> contexts = specs.stream().map(ProbeContext::of).toList();
        System.out.printf("BENCH targets=%d types=%s%n", specs.size(), specs.stream()
                .collect(Collectors.groupingBy(TargetSpec::type, Collectors.counting())));
        for (int cycle = 1; cycle <= 5; cycle++) {
            long start = System.nanoTime();
            List<CompletableFuture<ProbeResult>> runs = contexts.stream()
                    .map(c -> probes.get(c.target().type()).check(c).toCompletableFuture()).toList();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
            long ms = (System.nanoTime() - start) / 1_000_000;
            long unhealthy = runs.stream().map(CompletableFuture::join)
                    .filter(r -> r.status() != io.selfhealing.events.HealthStatus.HEALTHY).count();
            System.out.printf("BENCH cycle %d: %d ms for %d targets (%d not healthy)%n", cycle, ms, runs.size(),
                    unhealthy);
        }
        for (String type : probes.keySet()) {
            long start = System.nanoTime();
            contexts.stream().filter(c -> c.target().type().equals(type))
                    .forEach(c -> probes.get(type).check(c).toCompletableFuture().join());
            System.out.printf("BENCH   %s targets one after another: %d ms wall%n", type,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static Path gitRepo(Path dir) throws Exception {
        Path repo = dir.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            Files.writeString(repo.resolve("app.properties"), "upstream.delay.ms=800\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("init").setSign(false).setAuthor("b", "b@example.org")
                    .setCommitter("b", "b@example.org").call();
        }
        return repo;
    }
}
