package io.selfhealing.infra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunOptionsTest {

    @TempDir
    Path dir;

    private LocalRunOptions parse(Map<String, String> env, String... args) throws Exception {
        return LocalRunOptions.parse(dir.resolve("repo"), dir.resolve("cwd"), List.of(args), env);
    }

    @Test
    void noArgumentsRunTheDemoInTheKeptDefaultDataDirectory() throws Exception {
        LocalRunOptions options = parse(Map.of());
        assertTrue(options.demo());
        assertNull(options.targetsFile());
        assertFalse(options.fresh());
        assertEquals(dir.resolve("repo/.local"), options.dataDir());
    }

    @Test
    void targetsAndDataDirAreTakenRelativeToWhereTheUserIs() throws Exception {
        Files.createDirectories(dir.resolve("cwd"));
        Files.writeString(dir.resolve("cwd/mine.yaml"), "targets: []\n");
        LocalRunOptions options = parse(Map.of("HEALING_WORK_DIR", "ignored"), "--targets", "mine.yaml",
                "--data-dir", "state", "--fresh");
        assertEquals(dir.resolve("cwd/mine.yaml"), options.targetsFile());
        assertEquals(dir.resolve("cwd/state"), options.dataDir());
        assertFalse(options.demo());
        assertTrue(options.fresh());
    }

    @Test
    void workDirFromTheEnvironmentIsUnderTheRepo() throws Exception {
        assertEquals(dir.resolve("repo/target/ci-local"), parse(Map.of("HEALING_WORK_DIR", "target/ci-local"),
                "--smoke").dataDir());
    }

    @Test
    void badCommandLinesSayWhy() {
        var missing = assertThrows(LocalRunOptions.UsageException.class, () -> parse(Map.of(), "--targets", "x.yaml"));
        assertTrue(missing.getMessage().contains("targets file not found"), missing.getMessage());
        var noValue = assertThrows(LocalRunOptions.UsageException.class, () -> parse(Map.of(), "--data-dir"));
        assertEquals("--data-dir needs a value", noValue.getMessage());
        var unknown = assertThrows(LocalRunOptions.UsageException.class, () -> parse(Map.of(), "--frsh"));
        assertEquals("unknown argument: --frsh", unknown.getMessage());
    }

    @Test
    void smokeHealsOnlyTheDemo() throws Exception {
        Files.writeString(dir.resolve("t.yaml"), "targets: []\n");
        var e = assertThrows(LocalRunOptions.UsageException.class,
                () -> parse(Map.of(), "--smoke", "--targets", dir.resolve("t.yaml").toString()));
        assertTrue(e.getMessage().contains("--smoke"), e.getMessage());
    }
}
