package io.selfhealing.infra;

import io.selfhealing.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One Kafka broker and one PostgreSQL server per JVM, started on first use and stopped when the
 * JVM exits. Tests of several classes share it; each gets the platform topics already created.
 */
public final class SharedInfra {

    private static SharedInfra instance;

    private final EmbeddedKafka kafka;
    private final EmbeddedDatabase database;

    private SharedInfra(EmbeddedKafka kafka, EmbeddedDatabase database) {
        this.kafka = kafka;
        this.database = database;
    }

    public static synchronized SharedInfra get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedDatabase database() {
        return database;
    }

    private static SharedInfra start() {
        try {
            Path dir = Files.createTempDirectory("healing-infra-");
            EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), 0).start();
            kafka.createTopics(Topics.ALL, 2);
            EmbeddedDatabase database = new EmbeddedDatabase(dir.resolve("postgres"), 0).start();
            SharedInfra infra = new SharedInfra(kafka, database);
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "shared-infra-stop"));
            return infra;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Kafka/PostgreSQL", e);
        }
    }

    private void stop() {
        kafka.close();
        try {
            database.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
