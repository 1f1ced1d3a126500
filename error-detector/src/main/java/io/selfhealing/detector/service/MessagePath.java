package io.selfhealing.detector.service;

import io.selfhealing.detector.header.DeclaredFormat;
import io.selfhealing.detector.header.HeaderDetector;
import io.selfhealing.detector.header.HeaderSplit;
import io.selfhealing.detector.miner.LogTemplate;
import io.selfhealing.detector.miner.MinerSettings;
import io.selfhealing.detector.miner.TemplateMiner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The template path of every line: per (target, stream) the header is cut off (the layout the
 * target declares, or the one learned from the stream's first lines) and only the message is
 * mined, by the target's own bounded template miner. While a stream's layout is being learned its
 * lines wait (at most {@code learnWaitMillis}, or until enough lines came) and are then mined in
 * order, so the first lines are cut like all later ones. The benchmark runs exactly this class.
 * Not thread-safe: callers serialise access.
 *
 * @param <T> what the caller attaches to a line and gets back with its template
 */
public final class MessagePath<T> {

    /** Receives each mined line's item with its template, in line order per stream. */
    public interface Sink<T> {
        void mined(T item, LogTemplate template);
    }

    /** Targets kept at most (least recently active ones are forgotten first). */
    static final int MAX_TARGETS = 1_000;
    /** Streams per target kept at most. */
    static final int MAX_STREAMS = 64;
    /** Lines held back per stream while learning when no record line comes (continuations only). */
    static final int MAX_PENDING = 256;

    private final Function<String, String> declaredFormats;
    private final MinerSettings settings;
    private final long learnWaitMillis;
    private final Map<String, Target> targets = lru(MAX_TARGETS);

    /**
     * @param declaredFormats target id → its declared {@code logFormat}, or null to detect
     * @param learnWaitMillis longest time a stream's first lines wait for its layout
     */
    public MessagePath(Function<String, String> declaredFormats, MinerSettings settings, long learnWaitMillis) {
        this.declaredFormats = declaredFormats;
        this.settings = settings;
        this.learnWaitMillis = learnWaitMillis;
    }

    /** Takes one line; the sink gets it (and any lines held back before it) once it is mined. */
    public void offer(String targetId, String stream, String text, boolean structured, T item, long now,
            Sink<T> sink) {
        Target target = targets.get(targetId);
        if (target == null) {
            target = new Target(declaredFormats.apply(targetId), new TemplateMiner(settings));
            targets.put(targetId, target);
        }
        Stream s = target.stream(stream);
        if (structured) {
            sink.mined(item, target.miner.add(text, 0, text.length()));
        } else if (!s.split.ready()) {
            s.hold(text, item, now);
            if (s.pending.size() >= MAX_PENDING || now - s.since >= learnWaitMillis) {
                s.split.learnNow();
            }
            if (s.split.ready()) {
                drain(target, s, sink);
            }
        } else {
            mine(target, s.split, text, item, sink);
        }
    }

    /** Ends learning of streams whose first held line waited long enough, and mines their lines. */
    public void flush(long now, Sink<T> sink) {
        for (Target target : targets.values()) {
            for (Stream s : target.streams.values()) {
                if (!s.pending.isEmpty() && now - s.since >= learnWaitMillis) {
                    s.split.learnNow();
                    drain(target, s, sink);
                }
            }
        }
    }

    /** The learned (or declared) header of a stream, for logs and tests. */
    public String describe(String targetId, String stream) {
        Target target = targets.get(targetId);
        Stream s = target == null ? null : target.streams.get(stream);
        return s == null ? "(unknown)" : s.split instanceof HeaderDetector d ? d.describe() : "declared";
    }

    /** Templates currently held for a target. */
    public int templates(String targetId) {
        Target target = targets.get(targetId);
        return target == null ? 0 : target.miner.size();
    }

    private void drain(Target target, Stream s, Sink<T> sink) {
        List<Pending<T>> lines = s.pending;
        s.pending = new ArrayList<>(0);
        for (Pending<T> p : lines) {
            mine(target, s.split, p.text, p.item, sink);
        }
    }

    private void mine(Target target, HeaderSplit split, String text, T item, Sink<T> sink) {
        int from = split.start(text);
        sink.mined(item, target.miner.add(text, from, split.end()));
    }

    private static <V> Map<String, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }

    private final class Target {
        private final String format;
        private final TemplateMiner miner;
        private final Map<String, Stream> streams = lru(MAX_STREAMS);

        Target(String format, TemplateMiner miner) {
            this.format = format;
            this.miner = miner;
        }

        Stream stream(String name) {
            String key = name == null ? "" : name;
            Stream s = streams.get(key);
            if (s == null) {
                s = new Stream(format == null ? new HeaderDetector() : DeclaredFormat.parse(format));
                streams.put(key, s);
            }
            return s;
        }
    }

    private final class Stream {
        private final HeaderSplit split;
        private List<Pending<T>> pending = new ArrayList<>(0);
        private long since;

        Stream(HeaderSplit split) {
            this.split = split;
        }

        void hold(String text, T item, long now) {
            if (pending.isEmpty()) {
                since = now;
            }
            pending.add(new Pending<>(text, item));
            split.learn(text);
        }
    }

    private record Pending<T>(String text, T item) {
    }
}
