package io.selfhealing.backup.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupIdsTest {

    @Test
    void namesTheUtcTimeAndFourHexDigits() {
        String id = BackupIds.next(Instant.parse("2026-11-23T09:08:07Z"));
        assertTrue(id.matches("backup_20261123_090807_[0-9a-f]{4}"), id);
    }
}
