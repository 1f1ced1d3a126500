package io.selfhealing.monitor.service.logs;

import io.selfhealing.monitor.service.logs.LineReader.Chunk;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Follows one log file like {@code tail -F}: resumes where the saved offset says (same file key),
 * starts a never-seen file at its beginning, finishes the old file and starts the new one at 0
 * when the path is replaced (rotation), and starts again at 0 when the file shrank (truncation).
 * The position moves only on {@link #commit}, i.e. after the lines were acknowledged.
 */
final class FileTail implements Closeable {

    private final Path path;
    private final OffsetStore store;
    private final LineReader reader;
    private FileChannel channel;
    private String fileKey;
    private long position;

    FileTail(Path path, OffsetStore store, LineReader reader) {
        this.path = path;
        this.store = store;
        this.reader = reader;
    }

    Path path() {
        return path;
    }

    /** The next lines not yet committed, at most {@code maxLines}; nothing when the file is absent. */
    Chunk read(int maxLines) throws IOException {
        if (channel == null && !open()) {
            return new Chunk(List.of(), position);
        }
        String current = keyOf(path);
        if (current != null && !current.equals(fileKey)) {
            Chunk rest = reader.read(channel, position, maxLines, true);
            if (!rest.isEmpty()) {
                return rest;
            }
            close();
            if (!open()) {
                return new Chunk(List.of(), position);
            }
        } else if (channel.size() < position) {
            position = 0;
        }
        return reader.read(channel, position, maxLines, false);
    }

    /** The lines of {@code chunk} were delivered: never read them again, even after a restart. */
    void commit(Chunk chunk) throws IOException {
        position = chunk.next();
        store.save(path, fileKey, position);
    }

    private boolean open() throws IOException {
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return false;
        }
        fileKey = keyOf(path);
        long size = channel.size();
        position = store.load(path)
                .filter(saved -> saved.fileKey().equals(fileKey) && saved.position() <= size)
                .map(OffsetStore.Saved::position)
                .orElse(0L);
        return true;
    }

    private static String keyOf(Path path) {
        try {
            return String.valueOf(Files.readAttributes(path, BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
