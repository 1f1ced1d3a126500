package io.selfhealing.backup.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Backup ids as people read them: {@code backup_yyyyMMdd_HHmmss_<4 hex>} (UTC). */
public final class BackupIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupIds() {
    }

    public static String next(Instant at) {
        return "backup_" + STAMP.format(at) + "_" + String.format("%04x", RANDOM.nextInt(0x10000));
    }
}
