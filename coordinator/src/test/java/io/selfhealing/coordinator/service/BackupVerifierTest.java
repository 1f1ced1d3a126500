package io.selfhealing.coordinator.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Backup verification against a local HTTP server speaking backup-manager's two endpoints. */
class BackupVerifierTest {

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        Map<String, String> answers = Map.of(
                "/api/backups", "[{\"backupId\":\"b1\"},{\"backupId\":\"b2\"},{\"backupId\":\"b3\"}]",
                "/api/backups/b1/verify", "{\"backupId\":\"b1\",\"valid\":true,\"items\":[]}",
                "/api/backups/b2/verify", "{\"backupId\":\"b2\",\"valid\":false,\"items\":[]}");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = answers.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 500 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void reportsEveryBackupWhoseContentNoLongerMatchesOrCannotBeVerified() {
        BackupVerifier.Result result = new BackupVerifier().run("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        assertEquals(3, result.checked());
        assertEquals(2, result.failed().size(), result.failed().toString());
        assertTrue(result.failed().get(0).startsWith("b2: content no longer matches"));
        assertTrue(result.failed().get(1).startsWith("b3: GET"), result.failed().get(1));
    }
}
