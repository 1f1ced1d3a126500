package io.selfhealing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static final List<Class<? extends HealingEvent>> ALL_EVENTS = List.of(
            LogLineCollected.class, HealthReported.class, ErrorDetected.class, DiagnosisMade.class,
            FixProposed.class, CommandIssued.class, BackupChanged.class, FixExecuted.class,
            IncidentChanged.class, OutcomeRecorded.class, LearningUpdated.class, AlertRaised.class);

    @Test
    void everyGoldenSampleDecodesAndReEncodesToTheSameJson() throws IOException {
        for (Class<? extends HealingEvent> type : ALL_EVENTS) {
            String golden = golden(type.getSimpleName());
            HealingEvent event = EventCodec.decode(golden, type);
            JsonNode expected = EventCodec.mapper().readTree(golden);
            JsonNode actual = EventCodec.mapper().readTree(EventCodec.encode(event));
            assertEquals(expected, actual, "golden sample of " + type.getSimpleName());
        }
    }

    @Test
    void everyGoldenSampleDecodesFromItsUtf8BytesAsFromItsText() throws IOException {
        for (Class<? extends HealingEvent> type : ALL_EVENTS) {
            String golden = golden(type.getSimpleName());
            assertEquals(EventCodec.decode(golden, type),
                    EventCodec.decode(golden.getBytes(java.nio.charset.StandardCharsets.UTF_8), type));
        }
        assertThrows(MalformedEventException.class, () -> EventCodec.decode(new byte[0], AlertRaised.class));
        assertThrows(MalformedEventException.class, () -> EventCodec.decode("{}".getBytes(), AlertRaised.class));
    }

    @Test
    void sealedInterfaceListsExactlyTheGoldenEvents() {
        assertEquals(ALL_EVENTS.size(), HealingEvent.class.getPermittedSubclasses().length);
    }

    @Test
    void cloudEventTypeNamesEventAndSchemaVersion() throws IOException {
        ErrorDetected event = EventCodec.decode(golden("ErrorDetected"), ErrorDetected.class);
        assertEquals("io.selfhealing.ErrorDetected.v1", event.cloudEventType());
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersCanAddOptionalFields() throws IOException {
        String withExtra = golden("AlertRaised").replaceFirst("\\{", "{\"addedLater\":42,");
        AlertRaised alert = EventCodec.decode(withExtra, AlertRaised.class);
        assertEquals("demo-target", alert.header().targetId());
    }

    @Test
    void payloadsWrittenBeforeOptionalFieldsExistedStillDecode() throws IOException {
        String oldDiagnosis = golden("DiagnosisMade").replaceFirst(",\"templateIds\":\\[[^\\]]*\\]", "")
                .replaceFirst(",\"candidates\":\\[.*\\]\\}$", "}");
        DiagnosisMade diagnosis = EventCodec.decode(oldDiagnosis.strip(), DiagnosisMade.class);
        assertFalse(oldDiagnosis.contains("templateIds"), oldDiagnosis);
        assertEquals(List.of(), diagnosis.templateIds());
        assertEquals(List.of(), diagnosis.candidates());
        String oldCommand = golden("CommandIssued").replaceFirst(",\"expiresAt\":\"[^\"]*\"", "");
        CommandIssued command = EventCodec.decode(oldCommand.strip(), CommandIssued.class);
        assertFalse(oldCommand.contains("expiresAt"), oldCommand);
        assertNull(command.expiresAt());
        assertFalse(command.expiredAt(java.time.Instant.MAX));
    }

    @Test
    void healthReportsWrittenBeforeCheckRequestsExistedDecodeAsScheduledReports() throws IOException {
        String old = golden("HealthReported").replaceFirst(",\"requestId\":\"[^\"]*\",\"requestTargets\":\\d+", "");
        assertFalse(old.contains("request"), old);
        HealthReported report = EventCodec.decode(old.strip(), HealthReported.class);
        assertNull(report.requestId());
        assertNull(report.requestTargets());
        assertFalse(report.answers("5f0c2a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b"));
        HealthReported answer = EventCodec.decode(golden("HealthReported"), HealthReported.class);
        assertTrue(answer.answers("5f0c2a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b"));
        assertEquals(2, answer.requestTargets());
    }

    @Test
    void aProbeCommandForEveryTargetDecodesAndReEncodesToTheSameJson() throws IOException {
        String golden = golden("CommandIssued-probe");
        CommandIssued probe = EventCodec.decode(golden, CommandIssued.class);
        assertEquals(CommandType.PROBE, probe.type());
        assertEquals(CommandType.ALL_TARGETS, probe.header().targetId());
        assertNull(probe.plan());
        assertEquals(EventCodec.mapper().readTree(golden), EventCodec.mapper().readTree(EventCodec.encode(probe)));
    }

    @Test
    void alertsWrittenBeforeTheirOptionalFieldsExistedDecodeAndGetADerivedDedupKey() {
        String old = "{\"header\":{\"schemaVersion\":1,\"eventId\":\"e1\",\"occurredAt\":\"2026-11-23T12:00:00Z\","
                + "\"source\":\"coordinator\",\"targetId\":\"shop\",\"incidentId\":\"inc-9\"},\"severity\":\"HIGH\","
                + "\"title\":\"Healing failed\",\"message\":\"m\",\"approvePath\":null}";
        AlertRaised alert = EventCodec.decode(old, AlertRaised.class);
        assertEquals(List.of(), alert.evidence());
        assertEquals(java.util.Map.of(), alert.labels());
        assertNull(alert.alertKey());
        assertEquals("inc-9|Healing failed", alert.dedupKey());
        AlertRaised noIncident = new AlertRaised(EventHeader.create("coordinator", "shop"), Severity.LOW, "Disk",
                "m", null);
        assertEquals("shop|Disk", noIncident.dedupKey());
        AlertRaised keyed = new AlertRaised(alert.header(), Severity.HIGH, "t", "m", null, null, null, "k-1",
                null, null);
        assertEquals("k-1", keyed.dedupKey());
    }

    @Test
    void rejectsPayloadsThatAreNotEvents() {
        for (String bad : List.of("", "   ", "not json", "{\"header\":null}", "{}", "[1,2]",
                "{\"header\":{\"schemaVersion\":1,\"eventId\":\"x\"}}",
                "{\"header\":{\"schemaVersion\":0,\"eventId\":\"x\",\"occurredAt\":\"2026-01-01T00:00:00Z\","
                        + "\"source\":\"s\",\"targetId\":\"t\"}}")) {
            MalformedEventException e = assertThrows(MalformedEventException.class,
                    () -> EventCodec.decode(bad, AlertRaised.class), bad);
            assertTrue(e.getMessage().contains("AlertRaised"), e.getMessage());
        }
    }

    @Test
    void roundTripsAFreshEvent() {
        LogLineCollected line = new LogLineCollected(EventHeader.create("monitor-agent", "t1"),
                "app.log", 42, "ERROR 429 Too Many Requests");
        assertEquals(line, EventCodec.decode(EventCodec.encode(line), LogLineCollected.class));
    }

    @Test
    void decodesByTypeNameAndRejectsUnknownNames() throws IOException {
        HealingEvent event = EventCodec.decode(golden("CommandIssued"), "CommandIssued");
        assertTrue(event instanceof CommandIssued);
        assertThrows(MalformedEventException.class, () -> EventCodec.decode("{}", "NoSuchEvent"));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = EventCodecTest.class.getResourceAsStream("/golden/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no golden sample for " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
