package io.selfhealing.backup.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.backup.config.TargetsConfig;
import io.selfhealing.backup.domain.BackupRefused;
import io.selfhealing.events.ResourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a targets file: http-admin resources are refused, git files are still backed up. */
class AdminResourcesTest {

    private static final TargetsConfig NO_TARGETS_FILE = new TargetsConfig() {
        @Override
        public Optional<String> targetsFile() {
            return Optional.empty();
        }

        @Override
        public int adminTimeoutMs() {
            return 1000;
        }
    };

    @Test
    void httpAdminIsRefusedWithoutATargetsFileButGitFilesStillWork(@TempDir Path root) throws Exception {
        ResourceSnapshots snapshots = new ResourceSnapshots(new ResourceFiles(() -> List.of(root.toString())),
                new KubeResources(null, Optional::empty), new AdminResources(NO_TARGETS_FILE));
        var admin = new ResourceRef(ResourceRef.HTTP_ADMIN, "http://127.0.0.1:9/admin", "upstream.delay.ms");
        var e = assertThrows(BackupRefused.class, () -> snapshots.read("shop", List.of(admin)));
        assertTrue(e.getMessage().contains("healing.targets-file") && e.getMessage().contains("not configured"),
                e.getMessage());

        Files.writeString(root.resolve("demo.properties"), "upstream.delay.ms=800\n");
        var file = new ResourceRef(ResourceRef.GIT_FILE, root.toString(), "demo.properties");
        assertArrayEquals(Files.readAllBytes(root.resolve("demo.properties")),
                snapshots.read("shop", List.of(file)).get(0).content());
    }
}
