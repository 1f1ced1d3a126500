package io.selfhealing.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource: the shared real Kafka broker, and with init arg {@code database} a real
 * PostgreSQL database of that name for Hibernate Reactive.
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        SharedInfra infra = SharedInfra.get();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        if (database != null) {
            infra.database().createDatabase(database);
            config.put("quarkus.datasource.reactive.url", infra.database().reactiveUrl(database));
            config.put("quarkus.datasource.username", EmbeddedDatabase.USER);
            config.put("quarkus.datasource.password", EmbeddedDatabase.USER);
        }
        return config;
    }

    @Override
    public void stop() {
        // shared for the whole test JVM; stopped by SharedInfra's shutdown hook
    }
}
