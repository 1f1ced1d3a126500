package io.selfhealing.infra;

import io.selfhealing.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure of the local run: a real Kafka broker and a real PostgreSQL server, with the
 * platform topics and one database per stateful service. Prints {@code READY} when both accept
 * connections and runs until the process is stopped.
 *
 * <p>Usage: {@code LocalInfra <data-dir> <kafka-port> <postgres-port>}
 */
public final class LocalInfra {

    static final List<String> DATABASES = List.of("coordinator", "learning", "backups");

    private LocalInfra() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LocalInfra <data-dir> <kafka-port> <postgres-port>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), Integer.parseInt(args[1])).start();
        kafka.createTopics(Topics.ALL, 2);
        EmbeddedDatabase database = new EmbeddedDatabase(dir.resolve("postgres"), Integer.parseInt(args[2])).start();
        DATABASES.forEach(database::createDatabase);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "local-infra-stop"));
        System.out.println("READY kafka=" + kafka.bootstrapServers() + " postgres=localhost:" + database.port()
                + " databases=" + DATABASES);
        stopped.await();
    }
}
