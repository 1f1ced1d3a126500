package io.selfhealing.monitor.service.logs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Remembers, per log file, which file (its file key, i.e. device + inode) was read up to which
 * byte. One small text file per log file in the state directory, replaced atomically. Other
 * sources (Kubernetes pod logs) keep their position here too, under a key of their own.
 */
public final class OffsetStore {

    private final Path dir;

    public OffsetStore(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create state dir " + dir, e);
        }
    }

    public Optional<Saved> load(Path logFile) {
        return read(keyOf(logFile)).flatMap(lines -> {
            try {
                return Optional.of(new Saved(lines.get(0), Long.parseLong(lines.get(1).trim())));
            } catch (RuntimeException e) {
                return Optional.empty(); // unreadable state: start the file again rather than stop
            }
        });
    }

    public void save(Path logFile, String fileKey, long position) throws IOException {
        write(keyOf(logFile), List.of(fileKey, String.valueOf(position), logFile.toAbsolutePath().toString()));
    }

    /** The lines last {@link #write written} under {@code key}; empty when none or unreadable. */
    public Optional<List<String>> read(String key) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Replaces what is kept under {@code key} (atomically where the file system can). */
    public void write(String key, List<String> lines) throws IOException {
        Path file = fileFor(key);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forgets {@code key} (its source is gone for good). */
    public void delete(String key) throws IOException {
        Files.deleteIfExists(fileFor(key));
    }

    private static String keyOf(Path logFile) {
        return logFile.toAbsolutePath().normalize().toString();
    }

    private Path fileFor(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".offset");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file (key) last read and the position up to which its lines were acknowledged. */
    public record Saved(String fileKey, long position) {
    }
}
