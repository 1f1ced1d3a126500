package io.selfhealing.infra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserTargetsTest {

    @TempDir
    Path dir;

    @Test
    void configRepositoriesAreAbsoluteAndListedOnce() throws Exception {
        Path file = dir.resolve("targets.yaml");
        Files.writeString(file, """
                targets:
                  - id: orders
                    type: http
                    probe: {url: "http://localhost:9000/health"}
                    config: {repository: /srv/config/orders, file: app.properties}
                  - id: billing
                    type: http
                    probe: {url: "http://localhost:9001/health"}
                    config: {repository: repos/billing, file: app.yaml}
                  - id: billing-worker
                    type: process
                    config: {repository: repos/billing, file: worker.env}
                  - id: cache
                    type: redis
                """);
        assertEquals(List.of(Path.of("/srv/config/orders"), dir.resolve("base/repos/billing")),
                UserTargets.configRepositories(file, dir.resolve("base")));
    }

    @Test
    void aFileWithoutTargetsIsRefusedWithTheReason() throws Exception {
        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "targets: []\n");
        var e = assertThrows(IllegalArgumentException.class, () -> UserTargets.configRepositories(empty, dir));
        assertTrue(e.getMessage().contains("lists no target"), e.getMessage());
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "targets: [\n");
        var bad = assertThrows(IllegalArgumentException.class, () -> UserTargets.configRepositories(broken, dir));
        assertTrue(bad.getMessage().contains("not valid YAML"), bad.getMessage());
    }
}
