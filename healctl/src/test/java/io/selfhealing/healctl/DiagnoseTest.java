package io.selfhealing.healctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnoseTest {

    @Test
    void theBundlesConfigKeepsThePlatformsSettingsAndRedactsEverySecret() {
        String config = Diagnose.config(Map.of("HEALING_OPERATOR_PASSWORD", "hunter2", "HEALING_DB_PASSWORD", "pg",
                "HEALCTL_TOKEN", "eyJ", "MP_JWT_VERIFY_ISSUER", "self-healing", "KAFKA_BOOTSTRAP_SERVERS", "k:9092",
                "HOME", "/root", "KAFKA_SASL_JAAS_CONFIG", "user=a password=b", "QUARKUS_DATASOURCE_REACTIVE_URL",
                "postgresql://db/x?password=pg"));
        assertEquals("""
                HEALCTL_TOKEN=<redacted>
                HEALING_DB_PASSWORD=<redacted>
                HEALING_OPERATOR_PASSWORD=<redacted>
                KAFKA_BOOTSTRAP_SERVERS=k:9092
                KAFKA_SASL_JAAS_CONFIG=<redacted>
                MP_JWT_VERIFY_ISSUER=self-healing
                QUARKUS_DATASOURCE_REACTIVE_URL=<redacted>
                """, config);
    }
}
