package io.selfhealing.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.Topics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class SharedInfraTest {

    private final SharedInfra infra = SharedInfra.get();

    @Test
    void brokerHasEveryPlatformTopicAndRoundTripsARecord() throws Exception {
        String bootstrap = infra.kafka().bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Set<String> names = admin.listTopics().names().get();
            assertTrue(names.containsAll(Topics.ALL), names.toString());
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("infra-selftest", "k", "hello")).get();
        }
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "group.id", "selftest", "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("infra-selftest"));
            String value = null;
            long deadline = System.currentTimeMillis() + 20_000;
            while (value == null && System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                value = records.isEmpty() ? null : records.iterator().next().value();
            }
            assertEquals("hello", value);
        }
    }

    @Test
    void postgresServesACreatedDatabase() throws Exception {
        infra.database().createDatabase("selftest");
        infra.database().createDatabase("selftest");
        try (Connection c = DriverManager.getConnection(infra.database().jdbcUrl("selftest"), "postgres", "x");
             ResultSet rs = c.createStatement().executeQuery("SELECT current_database(), version()")) {
            assertTrue(rs.next());
            assertEquals("selftest", rs.getString(1));
            assertTrue(rs.getString(2).startsWith("PostgreSQL"), rs.getString(2));
        }
    }
}
