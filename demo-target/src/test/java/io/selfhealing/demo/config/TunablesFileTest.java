package io.selfhealing.demo.config;

import static io.selfhealing.demo.config.TunablesFile.Outcome.FAILED;
import static io.selfhealing.demo.config.TunablesFile.Outcome.FAILED_AGAIN;
import static io.selfhealing.demo.config.TunablesFile.Outcome.RELOADED;
import static io.selfhealing.demo.config.TunablesFile.Outcome.UNCHANGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunablesFileTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void missingFileKeepsDefaultsAndReportsTheProblemOnce() {
        TunablesFile file = new TunablesFile(dir.resolve("absent.properties"), clock);
        assertEquals(FAILED, file.check());
        assertTrue(file.lastProblem().startsWith("file not found: "));
        assertEquals(FAILED_AGAIN, file.check());
        assertEquals(Tunables.DEFAULTS, file.current());
        assertNull(file.lastReload());
    }

    @Test
    void reloadsOnlyWhenTheContentChanges() throws IOException {
        Path path = dir.resolve("t.properties");
        Files.writeString(path, "upstream.delay.ms=800\n");
        TunablesFile file = new TunablesFile(path, clock);
        assertEquals(RELOADED, file.check());
        assertEquals(UNCHANGED, file.check());
        Files.writeString(path, "upstream.delay.ms=1200\n");
        assertEquals(RELOADED, file.check());
        assertEquals(1200, file.current().upstreamDelayMs());
        assertEquals(clock.instant(), file.lastReload());
    }

    @Test
    void brokenFileKeepsLastGoodValuesAndEachDistinctProblemIsReportedOnce() throws IOException {
        Path path = dir.resolve("t.properties");
        Files.writeString(path, "upstream.delay.ms=1200\n");
        TunablesFile file = new TunablesFile(path, clock);
        file.check();
        Files.writeString(path, "upstream.delay.ms=abc\n");
        assertEquals(FAILED, file.check());
        assertEquals(FAILED_AGAIN, file.check());
        Files.writeString(path, "upstream.delay.ms=abc\n# touched\n");
        assertEquals(FAILED_AGAIN, file.check());
        Files.writeString(path, "batch.size=0\n");
        assertEquals(FAILED, file.check());
        Files.delete(path);
        assertEquals(FAILED, file.check());
        assertEquals(1200, file.current().upstreamDelayMs());

        Files.writeString(path, "upstream.delay.ms=1200\n");
        assertEquals(RELOADED, file.check());
        assertNull(file.lastProblem());
    }
}
