package io.selfhealing.fix.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.jboss.logging.Logger;

/**
 * The lock files ({@code index.lock}, {@code refs/heads/main.lock}, ...) of a git write that a kill
 * interrupted: JGit, like git, refuses every later write of the repository while they exist. Each
 * git write of fix-engineer runs between the creation and the deletion of a marker file in the git
 * directory that names its process (pid and start time). A marker whose process is gone is a write
 * that never finished: the lock files written from the marker's time on, within {@link #WINDOW}, are
 * that write's and are deleted, with the marker. Any other lock file (a person's git at work, a
 * crash of another tool) is left alone, and the write fails with JGit's message as before.
 */
final class AbandonedLocks {

    /** Longer than any one write of ours holds a lock (a push to a slow origin included). */
    static final Duration WINDOW = Duration.ofMinutes(2);
    /** File times may be rounded to the second (or two, on some file systems). */
    private static final Duration SLACK = Duration.ofSeconds(2);
    private static final String MARKER_PREFIX = "healing-write-";
    private static final List<String> TOP_LOCKS = List.of("index.lock", "HEAD.lock", "ORIG_HEAD.lock",
            "packed-refs.lock", "config.lock", "shallow.lock");
    private static final Logger LOG = Logger.getLogger(AbandonedLocks.class);

    /** One git write. */
    interface Write<T> {
        T run() throws IOException, GitAPIException;
    }

    private AbandonedLocks() {
    }

    /**
     * Clears the locks of dead writers, then runs {@code write} marked as this process's. {@code gitDir}
     * holds the index (and the markers); {@code commonDir} the refs: the same directory except in a
     * linked work tree ({@code git worktree add}).
     */
    static <T> T around(Path gitDir, Path commonDir, Write<T> write) throws IOException, GitAPIException {
        clear(gitDir, commonDir);
        Path marker = gitDir.resolve(MARKER_PREFIX + self());
        Files.writeString(marker, "");
        try {
            return write.run();
        } finally {
            Files.deleteIfExists(marker);
        }
    }

    /** Deletes the lock files of every marked write whose process is gone, and its marker. */
    static void clear(Path gitDir, Path commonDir) throws IOException {
        List<Path> markers;
        try (Stream<Path> files = Files.list(gitDir)) {
            markers = files.filter(f -> f.getFileName().toString().startsWith(MARKER_PREFIX)).toList();
        }
        for (Path marker : markers) {
            if (!alive(marker.getFileName().toString().substring(MARKER_PREFIX.length()))) {
                Instant started = Files.getLastModifiedTime(marker).toInstant();
                for (Path lock : locksWrittenBetween(List.of(gitDir, commonDir), started.minus(SLACK), started.plus(WINDOW))) {
                    LOG.warnf("deleting %s, left by a git write of fix-engineer process %s that was killed", lock,
                            marker.getFileName());
                    Files.deleteIfExists(lock);
                }
                Files.deleteIfExists(marker);
            }
        }
    }

    /** The marker name of this process: {@code <pid>-<start epoch ms>}. */
    static String self() {
        ProcessHandle me = ProcessHandle.current();
        return me.pid() + "-" + me.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** True if the process a marker names still runs (the same pid started at the same time). */
    static boolean alive(String id) {
        String[] parts = id.split("-", 2);
        try {
            long start = Long.parseLong(parts[1]);
            return ProcessHandle.of(Long.parseLong(parts[0])).filter(ProcessHandle::isAlive)
                    .map(p -> p.info().startInstant().map(s -> Math.abs(s.toEpochMilli() - start) < 1000)
                            .orElse(true))
                    .orElse(false);
        } catch (RuntimeException e) {
            return true; // not a marker of ours: never a reason to delete anything
        }
    }

    private static List<Path> locksWrittenBetween(List<Path> dirs, Instant from, Instant to) throws IOException {
        Set<Path> candidates = new LinkedHashSet<>();
        for (Path dir : dirs) {
            TOP_LOCKS.forEach(name -> candidates.add(dir.resolve(name)));
            Path refs = dir.resolve("refs");
            if (Files.isDirectory(refs)) {
                try (Stream<Path> all = Files.walk(refs)) {
                    all.filter(f -> f.getFileName().toString().endsWith(".lock")).forEach(candidates::add);
                }
            }
        }
        List<Path> locks = new ArrayList<>();
        for (Path lock : candidates) {
            if (Files.isRegularFile(lock)) {
                Instant written = Files.getLastModifiedTime(lock).toInstant();
                if (!written.isBefore(from) && written.isBefore(to)) {
                    locks.add(lock);
                }
            }
        }
        return locks;
    }
}
