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
            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                    "group.id", "restart-test", "auto.offset.reset", "earliest"), new StringDeserializer(),
                    new StringDeserializer())) {
                consumer.subscribe(List.of("restart-test"));
                String value = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (value == null && System.nanoTime() < deadline) {
                    var records = consumer.poll(Duration.ofMillis(500));
                    value = records.isEmpty() ? null : records.iterator().next().value();
                }
                assertEquals("before", value);
            }
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
