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
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The local run: a real Kafka broker and PostgreSQL in this JVM, the seven agents (and the demo
 * target when no targets file is given) as their own JVMs. Runs until stopped (Ctrl-C stops
 * everything); with {@code --smoke} it injects the demo fault, waits for the incident to be RESOLVED,
 * prints figures and exits (non-zero on any failure).
 *
 * <p>All state (broker, database, backups, config checkouts, monitor offsets, logs) lives in the data
 * directory and is kept across runs, so a restart keeps incidents, backups and learned rates;
 * {@code --fresh} wipes it. A smoke run always starts in a fresh sub-directory of its own.
 *
 * <p>Usage: {@code LocalPlatform <repo-root> <cwd> [--targets FILE] [--data-dir DIR] [--fresh] [--smoke]}
 * (see {@link LocalRunOptions}); env KAFKA_PORT (9092), POSTGRES_PORT (15432), HEALING_WORK_DIR (.local),
 * HEALING_VALIDATION_WINDOW (30s), HEALING_OPERATOR_PASSWORD, HEALING_READY_TIMEOUT (seconds a service may take to
 * become ready, 120).
 */
public final class LocalPlatform {

    private static final Duration AGENT_GRACE = Duration.ofSeconds(5);

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path cwd = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        LocalRunOptions run;
        try {
            run = LocalRunOptions.parse(root, cwd, List.of(args).subList(Math.min(2, args.length), args.length),
                    System.getenv());
        } catch (LocalRunOptions.UsageException e) {
            System.err.println(e.getMessage() + "\n" + LocalRunOptions.USAGE);
            System.exit(2);
            return;
        }
        Path work = run.smoke() ? run.dataDir().resolve("smoke-" + System.currentTimeMillis()) : run.dataDir();
        if (run.fresh() || run.smoke()) {
            deleteRecursively(work);
        }
        Files.createDirectories(work);
        String password = operatorPassword(work);
        EmbeddedKafka kafka = new EmbeddedKafka(work.resolve("kafka"), Integer.parseInt(env("KAFKA_PORT", "9092")))
                .start();
        kafka.createTopics(Topics.ALL, 2);
        EmbeddedDatabase db = new EmbeddedDatabase(work.resolve("postgres"),
                Integer.parseInt(env("POSTGRES_PORT", "15432")), true).start();
        PlatformLauncher.databases().forEach(db::createDatabase);
        PlatformLauncher platform = new PlatformLauncher(launchOptions(run, work, kafka, db, password));
        Runnable stop = () -> stopAll(platform, kafka, db);
        // registered before the start so that Ctrl-C during a slow start stops what was started
        Thread hook = new Thread(stop, "local-platform-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            platform.start();
        } catch (Exception e) {
            System.err.println("START FAILED: " + e.getMessage());
            System.exit(1);
        }
        printWhereToLook(platform, run, work, kafka.bootstrapServers(), db.port());
        if (run.smoke()) {
            System.exit(runSmoke(platform, password));
        }
        new CountDownLatch(1).await();
    }

    private static LaunchOptions launchOptions(LocalRunOptions run, Path work, EmbeddedKafka kafka,
            EmbeddedDatabase db, String password) {
        return new LaunchOptions(run.repoRoot(), work, kafka.bootstrapServers(), db.port(),
                run.demo() ? List.of("demo-target") : List.of(), true, 800, 1,
                Map.of("coordinator", Map.of("healing.coordinator.validation.window",
                                env("HEALING_VALIDATION_WINDOW", run.smoke() ? "12s" : "30s")),
                        "error-detector", Map.of("healing.detector.report-interval", "2s")),
                Map.of(), password, LaunchOptions.DEFAULT_JVM_ARGS,
                Duration.ofSeconds(Long.parseLong(env("HEALING_READY_TIMEOUT", "120"))),
                List.of(), Set.of(), run.targetsFile());
    }

    /**
     * Stops the agents first (all at once; killed when still running after {@link #AGENT_GRACE}), then the
     * broker and the database; prints how long it took. Ctrl-C must be done within 10 s.
     */
    private static void stopAll(PlatformLauncher platform, EmbeddedKafka kafka, EmbeddedDatabase db) {
        long start = System.nanoTime();
        platform.close(AGENT_GRACE);
        kafka.close();
        try {
            db.close();
        } catch (Exception e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        System.out.printf("stopped in %.1f s%n", (System.nanoTime() - start) / 1e9);
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

    private static void printWhereToLook(PlatformLauncher platform, LocalRunOptions run, Path work, String kafka,
            int pgPort) {
        String coordinator = platform.service("coordinator").url();
        System.out.printf("""

                Self-healing platform is up.
                  coordinator API   %s/api/monitoring/health   %s/api/incidents   dashboard %s/
                  notifier          %s/api/alerts  (no routes file: alerts recorded, nobody notified; HEALING_ROUTES_FILE)
                  OpenAPI / metrics %s/q/openapi   %s/q/metrics (every service)
                  Kafka             %s   PostgreSQL localhost:%d (user postgres)
                  data directory    %s (kept across runs; --fresh wipes it)
                  service logs      %s
                  operator password in %s (user "operator")
                """, coordinator, coordinator, coordinator, platform.service("notifier").url(), coordinator,
                platform.service("learning-engine").url(),
                kafka, pgPort, work, work.resolve("logs"), work.resolve("operator-password"));
        if (run.demo()) {
            String demo = platform.demo("demo-target").url();
            System.out.printf("""
                      demo target       %s/api/status  (config repo: %s)
                    Inject the fault:  curl -X POST -H 'Content-Type: application/json' -d '{"maxCallsPerSecond":1.0}' %s/fault/rate-limit
                    """, demo, platform.demo("demo-target").repository(), demo);
        } else {
            System.out.printf("  watching          the targets in %s%n", run.targetsFile());
        }
        System.out.println("Stop with Ctrl-C.");
    }

    /** HEALING_OPERATOR_PASSWORD, else the one a previous run kept in the data directory, else a new random one. */
    private static String operatorPassword(Path work) throws java.io.IOException {
        Path file = work.resolve("operator-password");
        String password = System.getenv("HEALING_OPERATOR_PASSWORD");
        if ((password == null || password.isBlank()) && Files.isRegularFile(file)) {
            password = Files.readString(file).strip();
        }
        if (password == null || password.isBlank()) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = HexFormat.of().formatHex(bytes);
        }
        Files.writeString(file, password);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return password;
    }

    /** Wipes the data directory (--fresh, and every smoke run). */
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
