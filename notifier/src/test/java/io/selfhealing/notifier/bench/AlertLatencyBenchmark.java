package io.selfhealing.notifier.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.Severity;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.EmbeddedDatabase;
import io.selfhealing.infra.EmbeddedKafka;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.Ports;
import io.selfhealing.infra.launch.ServiceProcess;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alert raised on healing.alerts → webhook received and mail received, through the packaged notifier (its own
 * JVM, default timing apart from group_wait 0s) with a real broker, PostgreSQL, an HTTP receiver and an SMTP
 * server. Prints p50 / p90 / max over N alerts. Args: notifier jar, work dir, N. Never ships (test scope).
 */
public final class AlertLatencyBenchmark {

    private static final Pattern TARGET = Pattern.compile("bench-[a-z0-9]+");

    private AlertLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        Map<String, Long> hooked = new ConcurrentHashMap<>();
        Map<String, Long> mailed = new ConcurrentHashMap<>();
        try (EmbeddedKafka kafka = new EmbeddedKafka(work.resolve("kafka"), 0).start();
                EmbeddedDatabase db = new EmbeddedDatabase(work.resolve("postgres"), 0).start()) {
            kafka.createTopics(Topics.ALL, 2);
            db.createDatabase("notifier");
            HttpServer http = receiver(hooked);
            GreenMail smtp = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            int port = Ports.free();
            ServiceProcess notifier = ServiceProcess.start("notifier", jar, port,
                    List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                    Map.of("quarkus.http.port", String.valueOf(port), "kafka.bootstrap.servers", kafka.bootstrapServers(),
                            "quarkus.datasource.reactive.url", db.reactiveUrl("notifier"),
                            "healing.notifier.routes-file", routes(work, http.getAddress().getPort()).toString(),
                            "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()),
                            "quarkus.mailer.start-tls", "DISABLED"),
                    Map.of("HEALING_OPERATOR_PASSWORD", "bench", "BENCH_WEBHOOK_SECRET", "bench-secret"), work);
            try (KafkaProbe probe = new KafkaProbe(kafka.bootstrapServers(), Topics.DLQ)) {
                notifier.awaitReady(Duration.ofSeconds(120));
                run(probe, smtp, n, hooked, mailed);
            } finally {
                notifier.close();
                http.stop(0);
                smtp.stop();
            }
        }
    }

    private static void run(KafkaProbe probe, GreenMail smtp, int n, Map<String, Long> hooked, Map<String, Long> mailed)
            throws Exception {
        // mails are timestamped when they land, while alerts are still being raised (as the webhook
        // receiver does), not when the raising loop is over
        Thread watcher = new Thread(() -> watchMailbox(smtp, mailed), "mailbox-watcher");
        watcher.setDaemon(true);
        watcher.start();
        raise(probe, "bench-warmup");
        await(List.of("bench-warmup"), hooked, mailed, Duration.ofSeconds(60));
        Map<String, Long> sent = new ConcurrentHashMap<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String target = "bench-" + i;
            targets.add(target);
            sent.put(target, System.nanoTime());
            raise(probe, target);
            Thread.sleep(300);   // pacing between alerts, not a measurement
        }
        await(targets, hooked, mailed, Duration.ofSeconds(60 + n));
        watcher.interrupt();
        print("alert raised -> webhook received", targets, sent, hooked);
        print("alert raised -> mail received   ", targets, sent, mailed);
    }

    private static void raise(KafkaProbe probe, String target) {
        AlertRaised alert = new AlertRaised(EventHeader.create("coordinator", target, "inc-" + target), Severity.HIGH,
                "Fix awaiting approval", "bench", "/api/incidents/inc-" + target + "/approve");
        probe.send(Topics.ALERTS, target, EventCodec.encode(alert));
    }

    private static void await(List<String> targets, Map<String, Long> hooked, Map<String, Long> mailed,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(hooked.keySet().containsAll(targets) && mailed.keySet().containsAll(targets))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not all alerts arrived: webhook " + hooked.size() + ", mail "
                        + mailed.size() + " of " + targets.size());
            }
            Thread.sleep(5);
        }
    }

    /** Notes when each alert's mail landed in GreenMail's mailbox, every 5 ms, until interrupted. */
    private static void watchMailbox(GreenMail smtp, Map<String, Long> mailed) {
        int seen = 0;
        while (!Thread.currentThread().isInterrupted()) {
            MimeMessage[] messages = smtp.getReceivedMessages();
            long now = System.nanoTime();
            for (; seen < messages.length; seen++) {
                try {
                    Matcher t = TARGET.matcher(messages[seen].getSubject() + " " + messages[seen].getContent());
                    if (t.find()) {
                        mailed.putIfAbsent(t.group(), now);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("unreadable mail", e);
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void print(String what, List<String> targets, Map<String, Long> sent, Map<String, Long> got) {
        List<Long> ms = targets.stream().map(t -> (got.get(t) - sent.get(t)) / 1_000_000).sorted().toList();
        System.out.printf("%s: p50 %d ms, p90 %d ms, max %d ms over %d alerts%n", what, ms.get(ms.size() / 2),
                ms.get((int) Math.min(ms.size() - 1, Math.ceil(ms.size() * 0.9) - 1)), ms.get(ms.size() - 1), ms.size());
    }

    private static HttpServer receiver(Map<String, Long> hooked) throws java.io.IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/hook", exchange -> {
            long at = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher t = TARGET.matcher(body);
            while (t.find()) {
                hooked.putIfAbsent(t.group(), at);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        http.start();
        return http;
    }

    private static Path routes(Path work, int port) throws java.io.IOException {
        Path file = work.resolve("routes.yaml");
        Files.writeString(file, """
                route:
                  receiver: hook
                  group_by: ['...']
                  group_wait: 0s
                  routes:
                    - matchers: ['severity>="LOW"']
                      receiver: hook
                      continue: true
                    - matchers: ['severity>="LOW"']
                      receiver: mail
                receivers:
                  - name: hook
                    webhook: {url: "http://127.0.0.1:%d/hook", secret_env: BENCH_WEBHOOK_SECRET}
                  - name: mail
                    email: {to: [oncall@example.test]}
                """.formatted(port));
        return file;
    }
}
