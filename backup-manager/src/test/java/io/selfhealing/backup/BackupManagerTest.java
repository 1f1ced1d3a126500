package io.selfhealing.backup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.events.RiskLevel;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "backups"))
class BackupManagerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path ROOT = Path.of("target/backup-test-root").toAbsolutePath();
    private static final byte[] CONFIG = {'#', ' ', 'c', 'a', 'f', (byte) 0xe9, '\r', '\n', 'u', 'p', '=', '8', '0',
        '0', '\r', '\n', (byte) 0xff, (byte) 0x00, (byte) 0xc3, '\n'};

    @Test
    void restoresAModifiedFileByteForByte() throws Exception {
        Path dir = Files.createDirectories(ROOT.resolve("repo-" + System.nanoTime()));
        Files.write(dir.resolve("demo.properties"), CONFIG);
        CommandIssued backup = backupCommand(dir.toString(), "demo.properties");
        BackupChanged created = execute(backup);
        assertEquals(BackupChanged.CREATED, created.action(), created.message());
        assertTrue(created.backupId().matches("backup_\\d{8}_\\d{6}_[0-9a-f]{4}"), created.backupId());
        assertEquals(Snapshot.sha256(CONFIG), created.items().get(0).sha256());
        assertEquals(backup.header().incidentId(), created.header().incidentId());

        Files.writeString(dir.resolve("demo.properties"), "up=1200\n");
        CommandIssued restore = new CommandIssued(backup.header().next("coordinator"), CommandType.RESTORE,
                backup.plan(), created.backupId(), "validation failed");
        BackupChanged restored = execute(restore);
        assertEquals(BackupChanged.RESTORED, restored.action(), restored.message());
        assertArrayEquals(CONFIG, Files.readAllBytes(dir.resolve("demo.properties")));

        given().get("/api/backups/" + created.backupId()).then().statusCode(200)
                .body("incidentId", equalTo(backup.header().incidentId()))
                .body("reason", equalTo("increase_delay"))
                .body("items[0].sha256", equalTo(Snapshot.sha256(CONFIG)))
                .body("items[0].sizeBytes", equalTo(CONFIG.length))
                .body("items[0].content", equalTo(null));
        given().get("/api/backups/" + created.backupId() + "/verify").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void theSameBackupCommandTwiceMakesOneBackup() throws Exception {
        Path dir = Files.createDirectories(ROOT.resolve("repo-" + System.nanoTime()));
        Files.write(dir.resolve("demo.properties"), CONFIG);
        CommandIssued backup = backupCommand(dir.toString(), "demo.properties");
        try (KafkaProbe probe = new KafkaProbe(bootstrap(), Topics.BACKUPS)) {
            probe.send(Topics.COMMANDS, "t1", EventCodec.encode(backup));
            ConsumerRecord<String, String> first = awaitResult(probe, backup, -1);
            probe.send(Topics.COMMANDS, "t1", EventCodec.encode(backup));
            ConsumerRecord<String, String> second = awaitResult(probe, backup, first.offset());
            assertEquals(first.value(), second.value());
        }
        List<String> incidents = given().get("/api/backups").then().statusCode(200).extract().jsonPath()
                .getList("incidentId", String.class);
        assertEquals(1, incidents.stream().filter(backup.header().incidentId()::equals).count());
    }

    @Test
    void refusesResourcesOutsideTheAllowedRootsAndStoresNothing() throws Exception {
        Path outside = Files.createTempDirectory("outside-root");
        Files.write(outside.resolve("demo.properties"), CONFIG);
        CommandIssued foreign = backupCommand(outside.toString(), "demo.properties");
        BackupChanged failed = execute(foreign);
        assertEquals(BackupChanged.FAILED, failed.action());
        assertTrue(failed.message().contains("outside the allowed roots"), failed.message());

        CommandIssued escaping = backupCommand(ROOT.toString(), "../../pom.xml");
        assertEquals(BackupChanged.FAILED, execute(escaping).action());

        List<String> incidents = given().get("/api/backups?limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("incidentId", String.class);
        assertTrue(!incidents.contains(foreign.header().incidentId()) && !incidents.contains(escaping.header().incidentId()));
    }

    @Test
    void refusesAnExpiredCommandWithAFailedAnswerAndStoresNothing() throws Exception {
        Path dir = Files.createDirectories(ROOT.resolve("repo-" + System.nanoTime()));
        Files.write(dir.resolve("demo.properties"), CONFIG);
        CommandIssued fresh = backupCommand(dir.toString(), "demo.properties");
        CommandIssued expired = new CommandIssued(fresh.header(), fresh.type(), fresh.plan(), null, fresh.reason(),
                java.time.Instant.now().minusSeconds(1));
        BackupChanged answer = execute(expired);
        assertEquals(BackupChanged.FAILED, answer.action());
        assertTrue(CommandIssued.isExpiryRefusal(answer.message()), answer.message());
        List<String> incidents = given().get("/api/backups?limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("incidentId", String.class);
        assertTrue(!incidents.contains(fresh.header().incidentId()));
    }

    @Test
    void anUnexpectedErrorIsAnsweredFailedNotOnlyDeadLettered() throws Exception {
        CommandIssued restoreWithoutPlan = new CommandIssued(EventHeader.create("coordinator", "t1",
                "inc-" + System.nanoTime()), CommandType.RESTORE, null, "backup_19700101_000000_0000", "test");
        BackupChanged answer = execute(restoreWithoutPlan);
        assertEquals(BackupChanged.FAILED, answer.action());
        CommandIssued noPlan = new CommandIssued(EventHeader.create("coordinator", "t1", "inc-" + System.nanoTime()),
                CommandType.BACKUP, new FixPlan("increase_delay", "git-config", RiskLevel.LOW, "x",
                        List.of(new ParameterChange(null, "up", "1", "2"))), null, "resource missing");
        BackupChanged unexpected = execute(noPlan);
        assertEquals(BackupChanged.FAILED, unexpected.action());
        assertTrue(unexpected.message().contains("Exception"), unexpected.message());
    }

    @Test
    void malformedCommandGoesToTheDeadLetterQueueAndTheConsumerKeepsWorking() throws Exception {
        String poison = "{not json " + System.nanoTime();
        try (KafkaProbe probe = new KafkaProbe(bootstrap(), Topics.DLQ)) {
            probe.send(Topics.COMMANDS, "t1", poison);
            var dead = probe.await(r -> poison.equals(r.value()), WAIT);
            assertTrue(KafkaProbe.header(dead, "dead-letter-reason").contains("CommandIssued"));
        }
        Path dir = Files.createDirectories(ROOT.resolve("repo-" + System.nanoTime()));
        Files.write(dir.resolve("demo.properties"), CONFIG);
        assertEquals(BackupChanged.CREATED, execute(backupCommand(dir.toString(), "demo.properties")).action());
    }

    @Test
    void anUnknownBackupIsAProblem404() {
        given().get("/api/backups/backup_nope").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no backup with id 'backup_nope'"));
        given().get("/api/backups/backup_nope/verify").then().statusCode(404);
        given().get("/api/backups?limit=0").then().statusCode(400);
        given().get("/api/backups?limit=1").then().statusCode(200).body("size()", lessThanOrEqualTo(1));
    }

    @Test
    void theStartUpWarmUpRanTheBackupPathAndLeftNoBackupBehind() {
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> given().get("/q/health/ready").statusCode() == 200);
        String backupPath = given().get("/q/health/ready").then().extract().jsonPath()
                .getString("checks.find { it.name == 'warm-up' }.data.'backup path (scratch file, rolled-back transaction)'");
        assertTrue(backupPath != null && backupPath.matches("\\d+ ms"), "warm-up step outcome: " + backupPath);

        List<String> targets = given().get("/api/backups?limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("targetId", String.class);
        assertTrue(!targets.contains("warm-up"), targets.toString());
    }

    static BackupChanged execute(CommandIssued command) {
        try (KafkaProbe probe = new KafkaProbe(bootstrap(), Topics.BACKUPS)) {
            probe.send(Topics.COMMANDS, command.header().targetId(), EventCodec.encode(command));
            return EventCodec.decode(awaitResult(probe, command, -1).value(), BackupChanged.class);
        }
    }

    private static ConsumerRecord<String, String> awaitResult(KafkaProbe probe, CommandIssued command, long after) {
        return probe.await(r -> r.offset() > after
                && EventCodec.decode(r.value(), BackupChanged.class).commandId().equals(command.header().eventId()), WAIT);
    }

    private static CommandIssued backupCommand(String location, String path) {
        ResourceRef file = new ResourceRef("git-file", location, path);
        FixPlan plan = new FixPlan("increase_delay", "git-config", RiskLevel.LOW, "raise the delay",
                List.of(new ParameterChange(file, "up", "800", "1200")));
        return new CommandIssued(EventHeader.create("coordinator", "t1", "inc-" + System.nanoTime()),
                CommandType.BACKUP, plan, null, "gates passed");
    }

    private static String bootstrap() {
        return SharedInfra.get().kafka().bootstrapServers();
    }
}
