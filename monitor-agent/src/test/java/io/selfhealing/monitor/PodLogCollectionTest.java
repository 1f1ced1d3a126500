package io.selfhealing.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.monitor.domain.ProbeSettings;
import io.selfhealing.monitor.messaging.LogLinePublisher;
import io.selfhealing.monitor.service.logs.OffsetStore;
import io.selfhealing.monitor.service.logs.PodLogCollector;
import io.selfhealing.monitor.service.probe.KubernetesClients;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pod logs from fabric8's mock API server to the real broker, resumed from the saved cursor. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MonitorFixture.class, restrictToAnnotatedClass = false)
class PodLogCollectionTest {

    private static final Instant T0 = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    LogLinePublisher publisher;

    private final List<KubernetesClients> clients = new ArrayList<>();
    private FakeKubernetesApi api;
    private Path dir;
    private Path state;
    private String run;

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeKubernetesApi();
        dir = Files.createTempDirectory(Path.of(ConfigProvider.getConfig().getValue("fixture.dir", String.class)), "k8s");
        state = dir.resolve("state");
        run = "pod" + System.nanoTime();
    }

    @AfterEach
    void tearDown() {
        clients.forEach(KubernetesClients::close);
        api.close();
    }

    @Test
    void podLinesArriveInOrderAndASecondCollectorWithTheSameStateNeverResendsThem() throws Exception {
        api.pod("web-1", "app").write(T0, run + " 1").write(T0.plusMillis(5), run + " 2")
                .write(T0.plusMillis(5), run + " 3").write(T0.plusMillis(5), run + " 3");
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.LOGS)) {
            assertEquals(4, collector(Map.of()).pollOnce());
            List<LogLineCollected> got = await(probe, 4);
            assertEquals(List.of(run + " 1", run + " 2", run + " 3", run + " 3"),
                    got.stream().map(LogLineCollected::line).toList());
            assertEquals("k8s:shop/web-1/app", got.get(0).stream());
            assertEquals("cluster", got.get(0).header().targetId());
            assertEquals(T0.getEpochSecond() * 1_000_000_000L + 5_000_000, got.get(1).offset());

            api.pod("web-1", "app").write(T0.plusMillis(5), run + " 4 same timestamp").write(T0.plusSeconds(1), run + " 5");
            PodLogCollector second = collector(Map.of());
            assertEquals(2, second.pollOnce());
            assertEquals(0, second.pollOnce());
            assertEquals(0, collector(Map.of()).pollOnce(), "a third instance has nothing new either");
            assertEquals(List.of(run + " 1", run + " 2", run + " 3", run + " 3", run + " 4 same timestamp", run + " 5"),
                    texts(await(probe, 6)));
            assertEquals(T0.plusSeconds(1).toString(), api.logRequests.get(api.logRequests.size() - 1).get("sinceTime"),
                    "resumed by sinceTime, in whole seconds");
        }
    }

    @Test
    void eachPollReadsAtMostLimitBytesAndTheRestFollowsInOrder() throws Exception {
        var pod = api.pod("web-2", "app");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            written.add(run + " line " + i + " " + "x".repeat(40));
            pod.write(T0.plusMillis(i / 3), written.get(i)); // three lines per timestamp
        }
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.LOGS)) {
            PodLogCollector collector = collector(Map.of("limitBytes", 1024));
            int polls = 0;
            while (collector.pollOnce() > 0) {
                polls++;
            }
            assertTrue(polls >= 4, "60 lines of ~110 bytes need several reads of 1 KiB, took " + polls);
            assertEquals(written, texts(await(probe, 60)));
            assertEquals("1024", api.logRequests.get(0).get("limitBytes"));
            // all 60 lines share one second: later reads repeat what was delivered of it, plus 1 KiB
            assertTrue(api.logRequests.stream().mapToInt(q -> Integer.parseInt(q.get("limitBytes")))
                    .allMatch(limit -> limit >= 1024 && limit <= 8 * 1024), api.logRequests.toString());
        }
    }

    @Test
    void aRestartedContainerIsFinishedFromItsPreviousInstanceAndANewPodStartsFresh() throws Exception {
        var pod = api.pod("web-3", "app").write(T0, run + " a");
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.LOGS)) {
            PodLogCollector collector = collector(Map.of());
            assertEquals(1, collector.pollOnce());
            pod.write(T0.plusSeconds(1), run + " b before the crash");
            pod.restart();
            pod.write(T0.plusSeconds(2), run + " c after the restart");
            api.pod("web-4", "app").write(T0.plusSeconds(3), run + " d in a new pod");
            assertEquals(3, collector.pollOnce());
            assertEquals(0, collector(Map.of()).pollOnce());
            List<LogLineCollected> got = await(probe, 4);
            assertEquals(List.of(run + " a", run + " b before the crash", run + " c after the restart",
                    run + " d in a new pod"), texts(got));
            assertTrue(api.logRequests.stream().anyMatch(q -> "true".equals(q.get("previous"))));
            assertEquals("k8s:shop/web-4/app", got.get(3).stream());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against hanging, not a measurement
    void aHungApiServerFailsThePollInsteadOfBlockingIt() throws Exception {
        try (ServerSocket hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(hung.accept());
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Path kubeconfig = api.kubeconfig(dir);
            Files.writeString(kubeconfig, Files.readString(kubeconfig).replaceAll("server: \"[^\"]+\"",
                    "server: \"http://127.0.0.1:" + hung.getLocalPort() + "\""));
            PodLogCollector collector = collector(kubeconfig, Map.of(), 500);
            assertThrows(Exception.class, collector::pollOnce);
            assertTrue(accepted.size() >= 1, "the request reached the hung server");
        }
    }

    private PodLogCollector collector(Map<String, Object> podLogs) throws Exception {
        return collector(api.kubeconfig(dir), podLogs, 2000);
    }

    private PodLogCollector collector(Path kubeconfig, Map<String, Object> podLogs, int timeoutMs) {
        Map<String, Object> logs = new HashMap<>(Map.of("enabled", true, "sinceSeconds", 300));
        logs.putAll(podLogs);
        Map<String, Object> probe = Map.of("kubeconfig", kubeconfig.toString(), "timeoutMs", timeoutMs, "podLogs", logs);
        KubernetesClients kubernetes = new KubernetesClients();
        clients.add(kubernetes);
        return new PodLogCollector("cluster", new ProbeSettings(probe), kubernetes,
                new OffsetStore(state), 65536, 100, publisher);
    }

    private List<LogLineCollected> await(KafkaProbe probe, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<LogLineCollected> got = lines(probe, Duration.ofMillis(200));
        while (got.size() < count && System.nanoTime() < deadline) {
            got = lines(probe, Duration.ofMillis(200));
        }
        got = lines(probe, Duration.ofMillis(500)); // anything re-sent would show up here
        assertEquals(count, got.size(), "lines of " + run + ": " + texts(got));
        return got;
    }

    private List<LogLineCollected> lines(KafkaProbe probe, Duration wait) {
        return probe.drain(wait).stream().map(r -> EventCodec.decode(r.value(), LogLineCollected.class))
                .filter(l -> l.line().startsWith(run)).toList();
    }

    private static List<String> texts(List<LogLineCollected> lines) {
        return lines.stream().map(LogLineCollected::line).toList();
    }
}
