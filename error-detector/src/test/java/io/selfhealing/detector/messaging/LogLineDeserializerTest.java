package io.selfhealing.detector.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.events.MalformedEventException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogLineDeserializerTest {

    private final LogLineDeserializer deserializer = new LogLineDeserializer();

    @Test
    void decodesALineFromItsBytes() {
        var line = new LogLineCollected(EventHeader.create("monitor-agent", "shop"), "app.log", 7, "ERROR héllo");
        var decoded = deserializer.deserialize("healing.logs", EventCodec.encode(line).getBytes(StandardCharsets.UTF_8));
        assertTrue(decoded.decoded());
        assertEquals(line, decoded.event());
    }

    @Test
    void handsOverWhatDoesNotDecodeWithItsTextInsteadOfThrowing() {
        byte[] garbage = {'{', 'n', 'o', (byte) 0xC3, (byte) 0x28};
        var decoded = deserializer.deserialize("healing.logs", garbage);
        assertFalse(decoded.decoded());
        assertTrue(decoded.failure() instanceof MalformedEventException, decoded.failure().toString());
        assertEquals(new String(garbage, StandardCharsets.UTF_8), decoded.text());
    }

    @Test
    void aTombstoneIsAnEmptyRecordNotACrash() {
        var decoded = deserializer.deserialize("healing.logs", null);
        assertFalse(decoded.decoded());
        assertNull(decoded.text());
        assertTrue(decoded.failure().getMessage().contains("empty payload"));
    }
}
