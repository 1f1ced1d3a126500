package io.selfhealing.detector.miner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One group of lines: its template tokens ({@link Tokens#WILDCARD} for variables) and the number of
 * lines it holds. The id is derived from the template text, so it is the same after a restart.
 */
public final class LogTemplate {

    private final int clusterId;
    private String[] tokens;
    private long size;
    private String text;
    private String stableId;

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
