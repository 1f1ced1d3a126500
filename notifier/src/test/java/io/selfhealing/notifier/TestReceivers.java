package io.selfhealing.notifier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.selfhealing.infra.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Real receivers for the notifier under test: an HTTP server on 127.0.0.1 (webhook, Slack-compatible and a
 * receiver that can be switched down) and a GreenMail SMTP server, plus the routes file naming them.
 */
public class TestReceivers implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET = "test-hmac-secret";

    /** One request a receiver got. */
    public record Request(String path, Map<String, List<String>> headers, String body, Instant at) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    static final AtomicBoolean FLAKY_DOWN = new AtomicBoolean(true);
    static GreenMail mail;
    private HttpServer http;

    @Override
    public Map<String, String> start() {
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                REQUESTS.add(new Request(path, Map.copyOf(exchange.getRequestHeaders()),
                        new String(body, StandardCharsets.UTF_8), Instant.now()));
                int status = path.equals("/flaky") && FLAKY_DOWN.get() ? 503 : 200;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            http.start();
            mail = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            return Map.of("healing.notifier.routes-file", routesFile(http.getAddress().getPort()).toString(),
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(mail.getSmtp().getPort()),
                    "quarkus.mailer.start-tls", "DISABLED",
                    "HEALING_TEST_WEBHOOK_SECRET", SECRET,
                    "HEALING_TEST_SLACK_URL", "http://127.0.0.1:" + http.getAddress().getPort() + "/slack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path routesFile(int port) throws IOException {
        String base = "http://127.0.0.1:" + port;
        Path file = Files.createTempFile("routes-", ".yaml");
        Files.writeString(file, """
                route:
                  receiver: hook
                  group_by: [targetId, title]
                  group_wait: 0s
                  group_interval: 1s
                  repeat_interval: 1h
                  routes:
                    - matchers: ['targetId=~"slack-.*"']
                      receiver: slack
                    - matchers: ['targetId=~"esc-.*"']
                      receivers: [hook, mail]
                      escalate_after: 1500ms
                    - matchers: ['targetId=~"repeat-.*"']
                      repeat_interval: 1s
                    - matchers: ['targetId=~"down-.*"']
                      receiver: flaky
                receivers:
                  - name: hook
                    webhook: {url: "%s/hook", secret_env: HEALING_TEST_WEBHOOK_SECRET}
                  - name: flaky
                    webhook: {url: "%s/flaky", secret_env: HEALING_TEST_WEBHOOK_SECRET}
                  - name: slack
                    slack: {url_env: HEALING_TEST_SLACK_URL}
                  - name: mail
                    email: {to: [oncall@example.test, lead@example.test]}
                """.formatted(base, base));
        return file;
    }

    @Override
    public void stop() {
        if (http != null) {
            http.stop(0);
        }
        if (mail != null) {
            mail.stop();
        }
    }
}
