package io.selfhealing.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The chaos suite restarts the broker and PostgreSQL mid-incident: both come back with their data. */
class InfraRestartTest {

    @Test
    void aRestartedBrokerKeepsItsPortTopicsAndRecords() throws Exception {
        Path dir = Files.createTempDirectory("kafka-restart-");
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir, 0).start()) {
            kafka.createTopics(List.of("restart-test"), 2);
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                    kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("restart-test", "k", "before")).get();
            }
            String bootstrap = kafka.bootstrapServers();
            kafka.restart();
            assertEquals(bootstrap, kafka.bootstrapServers());
            assertEquals("before", firstValue(bootstrap, "restart-test"));
        }
    }

    @Test
    void aBrokerStartedAgainOnAKeptDirectoryByANewProcessJoinsItsOwnCluster() throws Exception {
        Path dir = Files.createTempDirectory("kafka-kept-");
        int port;
        try (EmbeddedKafka first = new EmbeddedKafka(dir, 0).start()) {
            first.createTopics(List.of("kept-test"), 1);
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                    first.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept-test", "k", "kept")).get();
            }
            port = Integer.parseInt(first.bootstrapServers().substring("localhost:".length()));
        }
        // a new instance knows nothing of the first one, as bin/run-local started again on its data directory
        try (EmbeddedKafka second = new EmbeddedKafka(dir, port).start()) {
            assertEquals("kept", firstValue(second.bootstrapServers(), "kept-test"));
        }
    }

    private static String firstValue(String bootstrap, String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "group.id", topic, "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            String value = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (value == null && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                value = records.isEmpty() ? null : records.iterator().next().value();
            }
            return value;
        }
    }

    @Test
    void aRestartedDatabaseKeepsItsPortAndRows() throws Exception {
        Path dir = Files.createTempDirectory("pg-restart-");
        try (EmbeddedDatabase db = new EmbeddedDatabase(dir, 0).start()) {
            db.createDatabase("restart_test");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("restart_test"), "postgres", "x")) {
                c.createStatement().execute("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('before')");
            }
            db.restart();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("restart_test"), "postgres", "x");
                 ResultSet rs = c.createStatement().executeQuery("SELECT v FROM kept")) {
                rs.next();
                assertEquals("before", rs.getString(1));
            }
        }
    }
}
