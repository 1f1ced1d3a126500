package io.selfhealing.backup.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.selfhealing.backup.domain.BackupRefused;
import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.events.ResourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceFilesTest {

    @TempDir
    Path tmp;

    @Test
    void readsAndRestoresExactBytesInsideARoot() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        byte[] bytes = {'a', '=', '1', '\r', '\n', (byte) 0xff, (byte) 0xfe, 0, '\n'};
        Files.write(root.resolve("c.properties"), bytes);
        ResourceFiles files = new ResourceFiles(() -> List.of(root.toString()));
        ResourceRef ref = new ResourceRef("git-file", root.toString(), "c.properties");
        List<Snapshot> snapshots = files.read(List.of(ref));
        assertEquals(Snapshot.sha256(bytes), snapshots.get(0).sha256());

        Files.writeString(root.resolve("c.properties"), "changed");
        files.restore(snapshots);
        assertArrayEquals(bytes, Files.readAllBytes(root.resolve("c.properties")));
        assertEquals(1, Files.list(root).count());
    }

    @Test
    void refusesPathsOutsideTheRoots() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "x");
        Files.createSymbolicLink(root.resolve("link"), outside.resolve("secret"));
        ResourceFiles files = new ResourceFiles(() -> List.of(root.toString()));
        assertThrows(BackupRefused.class, () -> files.read(List.of(ref(root, "../outside/secret"))));
        assertThrows(BackupRefused.class, () -> files.read(List.of(ref(outside, "secret"))));
        assertThrows(BackupRefused.class, () -> files.read(List.of(ref(root, "link"))));
        assertThrows(BackupRefused.class, () -> files.read(List.of(ref(tmp.resolve("root2"), "x"))));
        assertThrows(BackupRefused.class, () -> files.read(List.of(new ResourceRef("k8s-configmap", "ns", "cm"))));
        assertThrows(BackupRefused.class, () -> files.read(List.of(ref(root, "missing"))));
    }

    private static ResourceRef ref(Path location, String path) {
        return new ResourceRef("git-file", location.toString(), path);
    }
}
