package io.selfhealing.infra.launch;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.EmbeddedDatabase;
import io.selfhealing.infra.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local run: a real Kafka broker and PostgreSQL in this JVM, the seven agents and the demo
 * target as their own JVMs. Runs until stopped; with {@code --smoke} it injects the demo fault,
 * waits for the incident to be RESOLVED, prints figures and exits (non-zero on any failure).
 * Every run starts fresh: the work directory is deleted first.
 *
 * <p>Usage: {@code LocalPlatform <repo-root> [--smoke]}; env KAFKA_PORT (9092), POSTGRES_PORT
 * (15432), HEALING_WORK_DIR (.local), HEALING_VALIDATION_WINDOW (30s), HEALING_OPERATOR_PASSWORD.
 */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        boolean smoke = List.of(args).contains("--smoke");
        Path work = root.resolve(env("HEALING_WORK_DIR", ".local"));
        if (smoke) {
            work = work.resolve("smoke-" + System.currentTimeMillis());
        }
        deleteRecursively(work);
        Files.createDirectories(work);
        String password = operatorPassword(work);
        EmbeddedKafka kafka = new EmbeddedKafka(work.resolve("kafka"), Integer.parseInt(env("KAFKA_PORT", "9092")))
                .start();
        kafka.createTopics(Topics.ALL, 2);
        EmbeddedDatabase db = new EmbeddedDatabase(work.resolve("postgres"),
                Integer.parseInt(env("POSTGRES_PORT", "15432"))).start();
        PlatformLauncher.databases().forEach(db::createDatabase);
        LaunchOptions options = new LaunchOptions(root, work, kafka.bootstrapServers(), db.port(),
                List.of("demo-target"), true, 800, 1,
                Map.of("coordinator", Map.of("healing.coordinator.validation.window",
                                env("HEALING_VALIDATION_WINDOW", smoke ? "12s" : "30s")),
                        "error-detector", Map.of("healing.detector.report-interval", "2s")),
                Map.of(), password, LaunchOptions.DEFAULT_JVM_ARGS, PlatformLauncher.defaultReadyTimeout());
        PlatformLauncher platform = new PlatformLauncher(options);
        Runnable stop = () -> {
            platform.close();
            kafka.close();
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        };
        try {
            platform.start();
        } catch (Exception e) {
            System.err.println("START FAILED: " + e.getMessage());
            stop.run();
            System.exit(1);
        }
        printWhereToLook(platform, work, kafka.bootstrapServers(), db.port());
        if (smoke) {
            int rc = runSmoke(platform, password);
            stop.run();
            System.exit(rc);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, "local-platform-stop"));
        stopped.await();
    }

    private static int runSmoke(PlatformLauncher platform, String password) throws InterruptedException {
        PlatformClient client = new PlatformClient(password);
        String demo = platform.demo("demo-target").url();
        String coordinator = platform.service("coordinator").url();
        System.out.println("SMOKE: injecting the rate-limit fault (1 call/s) into demo-target");
        client.post(demo + "/fault/rate-limit", "{\"maxCallsPerSecond\": 1.0}");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            JsonNode list = client.get(coordinator + "/api/incidents?target=demo-target").path("data");
            for (JsonNode incident : list) {
                String state = incident.path("state").asText();
                if ("RESOLVED".equals(state)) {
                    System.out.println("SMOKE OK: incident " + incident.path("id").asText() + " RESOLVED: "
                            + incident.path("resolution").asText());
                    HealingTimeline.print(platform, client, incident.path("id").asText());
                    System.out.println("peak RSS (MiB): " + platform.peakRssMb());
                    return 0;
                }
                if (List.of("ROLLED_BACK", "FAILED", "REJECTED").contains(state)) {
                    System.err.println("SMOKE FAILED: incident " + incident.path("id").asText() + " ended " + state
                            + ": " + incident.path("resolution").asText());
                    return 1;
                }
            }
            platform.peakRssMb();
            Thread.sleep(1000);
        }
        System.err.println("SMOKE FAILED: no RESOLVED incident within 4 minutes; logs in "
                + platform.service("coordinator").log().getParent());
        return 1;
    }

    private static void printWhereToLook(PlatformLauncher platform, Path work, String kafka, int pgPort) {
        System.out.println("""

                Self-healing platform is up.
                  coordinator API   %s/api/monitoring/health   %s/api/incidents
                  OpenAPI / metrics %s/q/openapi   %s/q/metrics (every service)
                  demo target       %s/api/status  (config repo: %s)
                  Kafka             %s   PostgreSQL localhost:%d (user postgres)
                  service logs      %s
                  operator password in %s (user "operator")
                Inject the fault:  curl -X POST -H 'Content-Type: application/json' -d '{"maxCallsPerSecond":1.0}' %s/fault/rate-limit
                Stop with Ctrl-C.
                """.formatted(platform.service("coordinator").url(), platform.service("coordinator").url(),
                platform.service("coordinator").url(), platform.service("learning-engine").url(),
                platform.demo("demo-target").url(), platform.demo("demo-target").repository(), kafka, pgPort,
                work.resolve("logs"), work.resolve("operator-password"), platform.demo("demo-target").url()));
    }

    private static String operatorPassword(Path work) throws java.io.IOException {
        String password = System.getenv("HEALING_OPERATOR_PASSWORD");
        if (password == null || password.isBlank()) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = HexFormat.of().formatHex(bytes);
        }
        Path file = work.resolve("operator-password");
        Files.writeString(file, password);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return password;
    }

    /** Every local run starts fresh: broker, database, config repositories, logs. */
    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
