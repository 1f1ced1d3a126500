package io.selfhealing.detector.bench;

import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.EmbeddedKafka;
import io.selfhealing.infra.Ports;
import io.selfhealing.infra.launch.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * End to end through the REAL agent: EmbeddedKafka (KRaft, in this JVM) with the platform's topics,
 * N LogLineCollected pre-loaded on healing.logs, then the packaged error-detector (its Quarkus
 * fast-jar) started as its own JVM. Measured: the time until the agent's consumer group has
 * committed the end of healing.logs, the ErrorDetected records on healing.errors, and the agent's
 * CPU time (from /proc) per line, with the busiest agent threads as a cheap profile.
 * Args: LOGHUB_DIR LINES JAR WORK_DIR [JVM_ARGS (space separated)].
 */
public final class AgentThroughputBenchmark {

    private static final String GROUP = "error-detector";
    private static final int PARTITIONS = 2;
    private static final int TARGETS = 8;

    private AgentThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> stream = MixedStream.load(Path.of(args[0]), 5_000);
        int lines = Integer.parseInt(args[1]);
        Path jar = Path.of(args[2]);
        Path work = Path.of(args[3]);
        List<String> jvmArgs = args.length > 4 && !args[4].isBlank() ? Arrays.asList(args[4].trim().split("\\s+"))
                : List.of("-Xmx256m", "-XX:+UseSerialGC");
        try (EmbeddedKafka kafka = new EmbeddedKafka(Files.createTempDirectory("detector-agent-bench"), 0).start()) {
            kafka.createTopics(Topics.ALL, PARTITIONS);
            preload(kafka.bootstrapServers(), stream, lines);
            int port = Ports.free();
            Map<String, String> props = Map.of("kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "quarkus.http.port", String.valueOf(port));
            try (GroupProgress progress = new GroupProgress(kafka.bootstrapServers(), GROUP);
                    ServiceProcess agent = ServiceProcess.start(GROUP, jar, port, jvmArgs, props, Map.of(), work)) {
                System.out.printf(Locale.ROOT, "agent: pid %d, %s, log %s%n", agent.pid(), String.join(" ", jvmArgs),
                        agent.log());
                measure(agent, progress, lines);
            }
        }
    }

    private static void preload(String servers, List<String> stream, int lines) {
        long t0 = System.nanoTime();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", servers, "acks", "all",
                "linger.ms", 5, "batch.size", 262_144, "compression.type", "lz4"), new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < lines; i++) {
                String target = "target-" + (i % TARGETS);
                var event = new LogLineCollected(EventHeader.create("bench", target), "app.log", i,
                        stream.get(i % stream.size()));
                producer.send(new ProducerRecord<>(Topics.LOGS, target, EventCodec.encode(event)));
            }
            producer.flush();
        }
        System.out.printf(Locale.ROOT, "preload: %,d LogLineCollected (%d targets, %d partitions) on %s in %.1f s "
                + "(not counted)%n", lines, TARGETS, PARTITIONS, Topics.LOGS, (System.nanoTime() - t0) / 1e9);
    }

    private static void measure(ServiceProcess agent, GroupProgress progress, int lines) throws Exception {
        long start = System.nanoTime();
        long end = progress.logEnd(Topics.LOGS);
        long firstAt = 0;
        long firstCommitted = 0;
        ProcStat cpuAtFirst = null;
        long committed = 0;
        while (committed < end) {
            if (!agent.alive()) {
                throw new IllegalStateException("agent exited; see " + agent.log());
            }
            if (System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("agent committed only " + committed + "/" + end + "; see " + agent.log());
            }
            committed = progress.committed(Topics.LOGS);
            if (firstAt == 0 && committed > 0) {
                firstAt = System.nanoTime();
                firstCommitted = committed;
                cpuAtFirst = ProcStat.read(agent.pid());
            }
            Thread.sleep(20);
        }
        long doneAt = System.nanoTime();
        ProcStat cpuAtEnd = ProcStat.read(agent.pid());
        long reports = progress.logEnd(Topics.ERRORS);
        long dlq = progress.logEnd(Topics.DLQ);
        double total = (doneAt - start) / 1e9;
        double steady = (doneAt - firstAt) / 1e9;
        long steadyLines = end - firstCommitted;
        System.out.printf(Locale.ROOT, "agent end to end: %,d lines in %.2f s = %,.0f lines/s (from the first "
                + "commit: %,d lines in %.2f s = %,.0f lines/s); JVM start included in the first figure%n", end, total,
                end / total, steadyLines, steady, steadyLines / steady);
        System.out.printf(Locale.ROOT, "agent reports: %d ErrorDetected on %s, %d on %s%n", reports, Topics.ERRORS,
                dlq, Topics.DLQ);
        System.out.printf(Locale.ROOT, "agent CPU: %.2f s total (start included) = %.1f us/line; from the first "
                + "commit %.2f s = %.1f us/line; peak RSS %d MiB%n", cpuAtEnd.cpuSeconds(),
                cpuAtEnd.cpuSeconds() * 1e6 / end, cpuAtEnd.cpuSeconds() - cpuAtFirst.cpuSeconds(),
                (cpuAtEnd.cpuSeconds() - cpuAtFirst.cpuSeconds()) * 1e6 / Math.max(1, steadyLines),
                agent.sampleRss() / 1024);
        System.out.println("agent threads (CPU s, whole run): " + ProcStat.busiestThreads(agent.pid(), 8));
    }
}
