package io.selfhealing.backup.domain;

/** A backup or restore that cannot be done (resource outside the roots, unreadable, checksum mismatch). */
public class BackupRefused extends RuntimeException {

    public BackupRefused(String reason) {
        super(reason);
    }

    public BackupRefused(String reason, Throwable cause) {
        super(reason, cause);
    }
}
