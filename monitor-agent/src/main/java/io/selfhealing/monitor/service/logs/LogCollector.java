package io.selfhealing.monitor.service.logs;

import io.selfhealing.monitor.service.logs.LineReader.Chunk;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Collects the new lines of a set of log files into a {@link LineSink}, in order per file, and
 * saves each file's offset only after the sink acknowledged the lines: a crash re-sends at most
 * one unacknowledged batch, a restart never re-sends acknowledged lines. Not thread-safe: one
 * thread calls {@link #pollOnce}.
 */
public final class LogCollector implements Closeable {

    private static final Logger LOG = Logger.getLogger(LogCollector.class);

    private final List<Source> sources = new ArrayList<>();
    private final OffsetStore store;
    private final LineReader reader;
    private final LineSink sink;
    private final int batchSize;

    public LogCollector(Path stateDir, int maxLineBytes, int batchSize, LineSink sink) {
        this.store = new OffsetStore(stateDir);
        this.reader = new LineReader(maxLineBytes);
        this.sink = sink;
        this.batchSize = batchSize;
    }

    public LogCollector follow(String targetId, Path file) {
        sources.add(new Source(targetId, new FileTail(file, store, reader)));
        return this;
    }

    public int fileCount() {
        return sources.size();
    }

    /** Delivers everything new in every file; returns the number of lines delivered. */
    public int pollOnce() {
        int delivered = 0;
        for (Source source : sources) {
            delivered += drain(source);
        }
        return delivered;
    }

    private int drain(Source source) {
        int delivered = 0;
        String stream = source.tail().path().toString();
        try {
            Chunk chunk;
            do {
                chunk = source.tail().read(batchSize);
                if (chunk.isEmpty()) {
                    break;
                }
                sink.deliver(source.targetId(), stream, chunk.lines());
                source.tail().commit(chunk);
                delivered += chunk.lines().size();
            } while (chunk.lines().size() == batchSize);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("log %s of %s: %s (will retry from the last acknowledged line)", stream,
                    source.targetId(), e.toString());
        }
        return delivered;
    }

    @Override
    public void close() {
        for (Source source : sources) {
            try {
                source.tail().close();
            } catch (IOException e) {
                LOG.debugf("closing %s: %s", source.tail().path(), e);
            }
        }
    }

    private record Source(String targetId, FileTail tail) {
    }
}
