package io.selfhealing.fix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigTextTest {

    @Test
    void yamlFindsNestedFlatAndQuotedKeysAndKeepsEveryOtherByte() {
        String yaml = "# tunables\r\nupstream:\r\n  delay:\r\n    ms: 800   # per call\r\n  name: \"x\"\r\n"
                + "db.pool.max-size: '10'\r\nlist:\r\n  - a\r\nrequest:\r\n  timeout:\r\n    ms: 2000\r\n";
        ConfigText text = ConfigText.of("app.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of("800"), text.value("upstream.delay.ms"));
        assertEquals(Optional.of("10"), text.value("db.pool.max-size"));
        assertEquals(Optional.of("2000"), text.value("request.timeout.ms"));
        assertEquals(Optional.empty(), text.value("delay.ms"));
        String edited = new String(text.withValue("upstream.delay.ms", "1200").withValue("db.pool.max-size", "15")
                .bytes(), StandardCharsets.UTF_8);
        assertEquals(yaml.replace("ms: 800 ", "ms: 1200 ").replace("'10'", "'15'"), edited);
    }

    @Test
    void yamlRefusesValuesItCannotEditSafely() {
        ConfigText text = ConfigText.of("a.yml", "a: |\n  800\nb: &x 3\n".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> text.value("b"));
        assertThrows(IllegalArgumentException.class, () -> ConfigText.of("a.yml", "a: 1\n".getBytes(StandardCharsets.UTF_8))
                .withValue("a", "2\nb: 3"));
    }

    @Test
    void envFilesUseTheEnvKeyAndKeepQuotesExportAndComments() {
        String env = "# env\nexport UPSTREAM_DELAY_MS=800 # ms\nBATCH_SIZE=\"10\"\nOTHER = x\n";
        ConfigText text = ConfigText.of("demo.env", env.getBytes(StandardCharsets.UTF_8));
        assertEquals("UPSTREAM_DELAY_MS", ConfigText.keyIn("demo.env", new Parameter("upstream.delay.ms", null, 1L, 2L)));
        assertEquals(Optional.of("800"), text.value("UPSTREAM_DELAY_MS"));
        assertEquals(Optional.of("10"), text.value("BATCH_SIZE"));
        assertEquals(Optional.of("x"), text.value("OTHER"));
        assertEquals(env.replace("=800", "=1200").replace("\"10\"", "\"6\""), new String(text
                .withValue("UPSTREAM_DELAY_MS", "1200").withValue("BATCH_SIZE", "6").bytes(), StandardCharsets.UTF_8));
        assertEquals(ConfigText.Format.PROPERTIES, ConfigText.formatOf("demo-target.properties"));
    }
}
