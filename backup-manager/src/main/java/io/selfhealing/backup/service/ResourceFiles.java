package io.selfhealing.backup.service;

import io.selfhealing.backup.config.BackupConfig;
import io.selfhealing.backup.domain.BackupRefused;
import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.events.ResourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocking file I/O of backups, confined to the allowed roots: a resource whose path (after
 * normalisation and resolving symbolic links) is outside every root is refused.
 */
@ApplicationScoped
public class ResourceFiles {

    private final List<Path> roots;

    public ResourceFiles(BackupConfig config) {
        this.roots = config.allowedRoots().stream().map(r -> Path.of(r).toAbsolutePath().normalize()).toList();
    }

    /** Reads every resource; all or nothing. */
    public List<Snapshot> read(List<ResourceRef> resources) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (ResourceRef resource : resources) {
            Path file = resolve(resource);
            try {
                snapshots.add(Snapshot.of(resource, Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new BackupRefused("cannot read " + resource.describe() + ": " + e, e);
            }
        }
        return snapshots;
    }

    /** Writes each snapshot back atomically (temp file in the same directory, atomic move), then verifies it. */
    public void restore(List<Snapshot> snapshots) {
        for (Snapshot snapshot : snapshots) {
            Path file = resolve(snapshot.resource());
            try {
                Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".restore");
                try {
                    Files.write(temp, snapshot.content());
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temp);
                }
                String actual = Snapshot.sha256(Files.readAllBytes(file));
                if (!actual.equals(snapshot.sha256())) {
                    throw new BackupRefused("restored " + file + " has sha256 " + actual + ", expected " + snapshot.sha256());
                }
            } catch (IOException e) {
                throw new BackupRefused("cannot restore " + snapshot.resource().describe() + ": " + e, e);
            }
        }
    }

    /** The file of a git-file resource, if it lies inside an allowed root. */
    Path resolve(ResourceRef resource) {
        if (!ResourceRef.GIT_FILE.equals(resource.kind())) {
            throw new BackupRefused("resource kind " + resource.kind() + " is not supported");
        }
        if (resource.location() == null || resource.path() == null) {
            throw new BackupRefused("resource " + resource.describe() + " needs a location and a path");
        }
        Path file = real(Path.of(resource.location()).resolve(resource.path()).toAbsolutePath().normalize());
        if (roots.stream().map(ResourceFiles::real).noneMatch(root -> file.startsWith(root) && !file.equals(root))) {
            throw new BackupRefused(resource.describe() + " is outside the allowed roots " + roots);
        }
        return file;
    }

    /** The path with symbolic links resolved as far as it exists (a file being restored may be missing). */
    private static Path real(Path path) {
        try {
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return path.toRealPath();
            }
            Path parent = path.getParent();
            return parent == null ? path : real(parent).resolve(path.getFileName());
        } catch (IOException e) {
            throw new BackupRefused("cannot resolve " + path + ": " + e, e);
        }
    }
}
