package io.selfhealing.detector.miner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One group of lines: its template tokens ({@link Tokens#WILDCARD} for variables) and the number of
 * lines it holds. The id is derived from the template text, so it is the same after a restart.
 * Linked into its miner's recency list (least recently seen templates are dropped first).
 */
public final class LogTemplate {

    private final int clusterId;
    private String[] tokens;
    private long size;
    private String text;
    private String stableId;
    LogTemplate newer;
    LogTemplate older;
    List<LogTemplate> bucket;
    String bucketKey;
    boolean dropped;
    /** The template this one was absorbed into, if any. */
    private LogTemplate into;
    private int[] absorbed;

    LogTemplate(int clusterId, String[] tokens) {
        this.clusterId = clusterId;
        this.tokens = tokens;
    }

    /** Process-local number of the group; stays the same when the template generalises. */
    public int clusterId() {
        return clusterId;
    }

    public long size() {
        return size;
    }

    String[] tokens() {
        return tokens;
    }

    /** The template that now holds this one's lines (itself unless it was absorbed into another). */
    public LogTemplate resolve() {
        LogTemplate t = this;
        while (t.into != null) {
            t = t.into;
        }
        return t;
    }

    void absorb(LogTemplate other) {
        size += other.size;
        other.into = this;
        absorbed = absorbed == null ? new int[] {other.clusterId} : java.util.Arrays.copyOf(absorbed, absorbed.length + 1);
        absorbed[absorbed.length - 1] = other.clusterId;
    }

    /** Cluster ids of the templates merged into this one since the last call (callers move their state). */
    public int[] takeAbsorbed() {
        int[] ids = absorbed;
        absorbed = null;
        return ids;
    }

    void hit() {
        size++;
    }

    void add(String[] newTokens) {
        size++;
        if (newTokens != tokens) {
            tokens = newTokens;
            text = null;
            stableId = null;
        }
    }

    public String text() {
        if (text == null) {
            text = String.join(" ", tokens);
        }
        return text;
    }

    /** A hash of the template text: stable across restarts for the same template. */
    public String stableId() {
        if (stableId == null) {
            stableId = "t-" + HexFormat.of().formatHex(sha256(text()), 0, 8);
        }
        return stableId;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
