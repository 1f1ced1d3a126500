package io.selfhealing.infra;

import io.selfhealing.events.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running inside this
 * JVM. Storage is formatted with Kafka's own {@code StorageTool} before the first start.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private String clusterId;
    private KafkaRaftServer server;

    public EmbeddedKafka(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port == 0 ? Ports.free() : port;
        this.controllerPort = Ports.free();
    }

    public EmbeddedKafka start() throws IOException {
        Files.createDirectories(dataDir);
        Path logDir = dataDir.resolve("kraft-logs");
        Properties props = brokerProperties(logDir);
        Path propsFile = dataDir.resolve("server.properties");
        try (var out = Files.newOutputStream(propsFile)) {
            props.store(out, "embedded KRaft broker");
        }
        clusterId = clusterId(logDir);
        format(propsFile);
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return this;
    }

    /**
     * Stops the broker and starts it again on the same ports with the same log directory (a broker
     * restart as clients see it: connections drop, topics, offsets and transactions survive).
     */
    public EmbeddedKafka restart() throws IOException {
        close();
        return start();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Creates the platform's topics (compacted ones with compaction), idempotently. */
    public void createTopics(List<String> names, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    NewTopic topic = new NewTopic(name, partitions, (short) 1);
                    if (Topics.COMPACTED.contains(name)) {
                        topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(topic);
                }
            }
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers(), e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    private Properties brokerProperties(Path logDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "true");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        return p;
    }

    /**
     * The id the log directory was formatted with, so a broker started again on a kept data directory
     * (bin/run-local after a stop) joins its own cluster; a fresh one for a new directory.
     */
    private String clusterId(Path logDir) throws IOException {
        if (clusterId != null) {
            return clusterId;
        }
        Path meta = logDir.resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties formatted = new Properties();
            try (var in = Files.newInputStream(meta)) {
                formatted.load(in);
            }
            String id = formatted.getProperty("cluster.id");
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return Uuid.randomUuid().toString();
    }

    private void format(Path propsFile) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c",
                propsFile.toString(), "--ignore-formatted"}, new PrintStream(captured, true,
                StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("kafka storage format failed (" + rc + "): "
                    + captured.toString(StandardCharsets.UTF_8));
        }
    }
}
