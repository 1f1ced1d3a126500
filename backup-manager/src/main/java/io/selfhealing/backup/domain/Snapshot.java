package io.selfhealing.backup.domain;

import io.selfhealing.events.BackupItem;
import io.selfhealing.events.ResourceRef;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The exact bytes of one resource and their SHA-256 (lower-case hex). */
public record Snapshot(ResourceRef resource, byte[] content, String sha256) {

    public static Snapshot of(ResourceRef resource, byte[] content) {
        return new Snapshot(resource, content, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public BackupItem toItem() {
        return new BackupItem(resource, sha256, content.length);
    }
}
