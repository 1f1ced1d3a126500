package io.selfhealing.detector.messaging;

import io.selfhealing.events.EventCodec;
import io.selfhealing.events.LogLineCollected;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Decodes healing.logs records on the consumer's polling thread (so decoding runs beside the
 * detector, not on its thread) straight from their bytes. It never throws: a record that does not
 * decode becomes a {@link DecodedLine} carrying its original text and the reason, for the consumer
 * to dead-letter on its own, exactly like a record whose handling failed.
 */
public class LogLineDeserializer implements Deserializer<LogLineDeserializer.DecodedLine> {

    @Override
    public DecodedLine deserialize(String topic, byte[] data) {
        try {
            return new DecodedLine(EventCodec.decode(data, LogLineCollected.class), data, null);
        } catch (RuntimeException e) {
            return new DecodedLine(null, data, e);
        }
    }

    /**
     * A decoded line, or why the record did not decode; with the record's own bytes (the array the
     * client made for this record, not a copy) so a dead letter carries exactly what was received.
     */
    public record DecodedLine(LogLineCollected event, byte[] bytes, RuntimeException failure) {

        public boolean decoded() {
            return event != null;
        }

        /** The record's text as it was received; null for an empty record. */
        public String text() {
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
