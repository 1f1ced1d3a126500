package io.selfhealing.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.events.RiskLevel;
import io.selfhealing.infra.InfraTestResource;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** http-admin backups through the broker, against a real local HTTP server as the target's admin endpoint. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "backups"))
class AdminBackupTest {

    private static final String KEY = "upstream.delay.ms";
    private static final Path TARGETS = Path.of("target/backup-test-targets.yaml");

    private HttpServer server;
    private volatile String delay = "800";
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private String url;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            if ("GET".equals(exchange.getRequestMethod())) {
                byte[] body = ("{\"" + KEY + "\":" + delay + ",\"other\":\"x\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                writes.add(exchange.getRequestMethod() + " " + body);
                delay = body.replaceAll(".*\"to\":\"(\\d+)\".*", "$1");
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/admin/tunables";
        Files.writeString(TARGETS, "targets:\n  - id: shop\n    type: http\n    admin:\n      url: \"" + url
                + "\"\n      method: PUT\n      bodyTemplate: '{\"name\":\"${key}\",\"to\":\"${value}\"}'\n"
                + "  - id: plain\n    type: http\n");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void snapshotsTheValueAndRestoresItWithTheTargetsMethodAndBodyTemplate() {
        CommandIssued backup = backupCommand("shop", new ResourceRef(ResourceRef.HTTP_ADMIN, url, KEY));
        BackupChanged created = BackupManagerTest.execute(backup);
        assertEquals(BackupChanged.CREATED, created.action(), created.message());
        assertEquals(Snapshot.sha256("{\"value\":\"800\"}".getBytes(StandardCharsets.UTF_8)),
                created.items().get(0).sha256());
        assertEquals(List.of(), writes);

        delay = "1200";
        CommandIssued restore = new CommandIssued(backup.header().next("coordinator"), CommandType.RESTORE,
                backup.plan(), created.backupId(), "validation failed");
        BackupChanged restored = BackupManagerTest.execute(restore);
        assertEquals(BackupChanged.RESTORED, restored.action(), restored.message());
        assertEquals("800", delay);
        assertEquals(List.of("PUT {\"name\":\"upstream.delay.ms\",\"to\":\"800\"}"), writes);

        CommandIssued again = new CommandIssued(backup.header().next("coordinator"), CommandType.RESTORE,
                backup.plan(), created.backupId(), "validation failed");
        assertEquals(BackupChanged.RESTORED, BackupManagerTest.execute(again).action());
        assertEquals(1, writes.size(), "restoring a value that is already there writes nothing");
    }

    @Test
    void refusesUrlsTheTargetDoesNotDeclareWithoutCallingThem() {
        String other = "http://127.0.0.1:" + server.getAddress().getPort() + "/admin/other";
        BackupChanged foreign = BackupManagerTest.execute(backupCommand("shop",
                new ResourceRef(ResourceRef.HTTP_ADMIN, other, KEY)));
        assertEquals(BackupChanged.FAILED, foreign.action());
        assertTrue(foreign.message().contains("not the declared admin endpoint of target shop"), foreign.message());

        BackupChanged noAdmin = BackupManagerTest.execute(backupCommand("plain",
                new ResourceRef(ResourceRef.HTTP_ADMIN, url, KEY)));
        assertEquals(BackupChanged.FAILED, noAdmin.action());
        BackupChanged unknown = BackupManagerTest.execute(backupCommand("nobody",
                new ResourceRef(ResourceRef.HTTP_ADMIN, url, KEY)));
        assertTrue(unknown.message().contains("target nobody is not declared"), unknown.message());
        assertEquals(List.of(), paths, "no request reached the server");
    }

    @Test
    void aKeyTheEndpointDoesNotReportIsRefused() {
        BackupChanged missing = BackupManagerTest.execute(backupCommand("shop",
                new ResourceRef(ResourceRef.HTTP_ADMIN, url, "no.such.key")));
        assertEquals(BackupChanged.FAILED, missing.action());
        assertTrue(missing.message().contains("does not report no.such.key"), missing.message());
    }

    private static CommandIssued backupCommand(String targetId, ResourceRef admin) {
        FixPlan plan = new FixPlan("increase_delay", "http-admin", RiskLevel.LOW, "raise the delay",
                List.of(new ParameterChange(admin, admin.path(), "800", "1200")));
        return new CommandIssued(EventHeader.create("coordinator", targetId, "inc-" + System.nanoTime()),
                CommandType.BACKUP, plan, null, "gates passed");
    }
}
