package io.selfhealing.detector.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.detector.miner.TemplateMiner;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.events.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorEngineTest {

    private static final DetectorSettings SETTINGS = new DetectorSettings(3, Duration.ofSeconds(60),
            Duration.ofSeconds(5), 3.0, 60, 1000);
    private final DetectorEngine engine = new DetectorEngine(SETTINGS, new LineCategoriser(CategoryRules.defaults()),
            new TemplateMiner());

    @Test
    void reportsNewAtMinCountThenRecurringAtMostOncePerInterval() {
        assertEquals(List.of(), line(0, "ERROR upstream: 429 Too Many Requests"));
        assertEquals(List.of(), line(1000, "ERROR upstream: 429 Too Many Requests"));
        ErrorDetected created = single(line(2000, "ERROR upstream: 429 Too Many Requests"));
        assertEquals("NEW", created.reason());
        assertEquals(3, created.windowCount());
        assertEquals(List.of(), line(3000, "ERROR upstream: 429 Too Many Requests"));
        assertEquals(List.of(), engine.flush(6999));
        ErrorDetected again = single(engine.flush(7000));
        assertEquals("RECURRING", again.reason());
        assertEquals(1, again.newLines());
        assertEquals(4, again.windowCount());
        assertEquals(List.of(), engine.flush(20_000), "no new lines, no report");
    }

    @Test
    void reportsEscalatingWhenTheRateJumpsAgainstItsBaseline() {
        for (int i = 0; i < 3; i++) {
            line(i * 5000L, "ERROR c.e.Db - Connection to 10.0.0.7:5432 refused");
        }
        List<ErrorDetected> burst = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            burst.addAll(line(15_000 + i * 100L, "ERROR c.e.Db - Connection to 10.0.0.9:5432 refused"));
        }
        assertEquals(List.of("RECURRING", "ESCALATING"), burst.stream().map(ErrorDetected::reason).toList(),
                "steady at 15 s, then 50 lines in 5 s against a baseline of about 16/min");
        ErrorDetected escalating = burst.get(1);
        assertEquals(Severity.CRITICAL, escalating.severity());
    }

    @Test
    void windowForgetsOldLinesAndAQuietTemplateIsNewAgain() {
        for (int i = 0; i < 3; i++) {
            line(i, "ERROR upstream: 429 Too Many Requests");
        }
        engine.flush(200_000);
        assertEquals(0, engine.trackedWindows());
        line(200_001, "ERROR upstream: 429 Too Many Requests");
        line(200_002, "ERROR upstream: 429 Too Many Requests");
        assertEquals("NEW", single(line(200_003, "ERROR upstream: 429 Too Many Requests")).reason());
    }

    @Test
    void infoNoiseIsNeverReportedAndHealthRaisesSeverity() {
        for (int i = 0; i < 10; i++) {
            assertEquals(List.of(), line(i, "INFO Processed batch of 10 items in 3 ms"));
        }
        engine.onHealth("t1", HealthStatus.CRITICAL);
        line(0, "WARN c.e.Auth - access denied for user bob");
        line(30_000, "WARN c.e.Auth - access denied for user eve");
        ErrorDetected r = single(line(59_000, "WARN c.e.Auth - access denied for user joe"));
        assertEquals("auth", r.category());
        assertEquals(Severity.HIGH, r.severity(), "MEDIUM + CRITICAL health");
    }

    @Test
    void foldsStackFramesButKeepsCauseLinesAsLinesOfTheirOwn() {
        List<ErrorDetected> reports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reports.addAll(line(i, "2026-01-05 10:00:01 ERROR c.e.App - request failed"));
            reports.addAll(line(i, "java.lang.IllegalStateException: boom"));
            reports.addAll(line(i, "\tat c.e.App.handle(App.java:42)"));
            reports.addAll(line(i, "Caused by: java.net.ConnectException: Connection refused"));
            reports.addAll(line(i, "\t... 12 more"));
        }
        assertEquals(List.of("error", "exception", "connection"), reports.stream().map(ErrorDetected::category)
                .toList(), reports.toString());
        assertTrue(reports.stream().allMatch(r -> r.windowCount() == 3), "frames are not counted");
        assertTrue(reports.get(2).template().startsWith("Caused by: java.net.ConnectException"));
    }

    @Test
    void aQuarkusStartFailureKeepsItsIndentedSmallRyeConfigLine() {
        List<ErrorDetected> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.addAll(line(i, "2026-11-30 10:00:01,123 ERROR [io.qua.run.Application] (main) Failed to start application"));
            all.addAll(line(i, "java.lang.RuntimeException: Failed to start quarkus"));
            all.addAll(line(i, "\tat io.quarkus.runner.ApplicationImpl.doStart(Unknown Source)"));
            all.addAll(line(i, "Caused by: io.smallrye.config.ConfigValidationException: Configuration validation failed:"));
            all.addAll(line(i, "\tSRCFG00014: The config property orders.api.url is required but it could not be found in any config source"));
            all.addAll(line(i, "\tat io.smallrye.config.SmallRyeConfig.buildMappings(SmallRyeConfig.java:180)"));
        }
        assertTrue(all.stream().anyMatch(r -> r.category().equals("config")
                && r.samples().get(0).contains("SRCFG00014") && r.template().contains("is required")),
                all.toString());
    }

    @Test
    void foldsPythonTracebackFramesAndKeepsBothExceptionsOfAChain() {
        List<ErrorDetected> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.addAll(line(i, "ERROR:app:job failed"));
            all.addAll(line(i, "Traceback (most recent call last):"));
            all.addAll(line(i, "  File \"/usr/lib/python3.11/os.py\", line 679, in __getitem__"));
            all.addAll(line(i, "    raise KeyError(key) from None"));
            all.addAll(line(i, "KeyError: 'DATABASE_URL'"));
            all.addAll(line(i, "The above exception was the direct cause of the following exception:"));
            all.addAll(line(i, "Traceback (most recent call last):"));
            all.addAll(line(i, "  File \"/app/settings.py\", line 12, in load"));
            all.addAll(line(i, "RuntimeError: settings incomplete"));
        }
        assertEquals(List.of("ERROR:app:job failed", "KeyError: 'DATABASE_URL'", "RuntimeError: settings incomplete"),
                all.stream().map(ErrorDetected::template).toList());
        assertEquals("config", all.get(1).category());
    }

    /** A line handled late (a partition taken over from a dead instance) is reported at the time it was collected. */
    @Test
    void aReportCarriesWhenItsLinesWereCollectedNotWhenTheyWereHandled() {
        long handled = Instant.parse("2026-12-01T03:51:39Z").toEpochMilli();
        Instant collected = Instant.parse("2026-12-01T03:51:26Z");
        List<ErrorDetected> reports = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reports.addAll(engine.onLine(new LogLineCollected(new EventHeader(EventHeader.CURRENT_SCHEMA_VERSION,
                    "late-" + i, collected.plusSeconds(i), "monitor-agent", "t1", null), "app.log", i,
                    "ERROR upstream: 429 Too Many Requests"), handled + i));
        }
        ErrorDetected report = single(reports);
        assertEquals(collected, report.firstSeen());
        assertEquals(collected.plusSeconds(2), report.lastSeen());
        assertEquals(3, report.windowCount());
    }

    private List<ErrorDetected> line(long now, String text) {
        return engine.onLine(new LogLineCollected(EventHeader.create("monitor-agent", "t1"), "app.log", 0, text), now);
    }

    private static ErrorDetected single(List<ErrorDetected> reports) {
        assertEquals(1, reports.size(), reports.toString());
        return reports.get(0);
    }
}
