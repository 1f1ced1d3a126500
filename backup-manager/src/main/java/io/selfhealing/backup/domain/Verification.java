package io.selfhealing.backup.domain;

import java.util.List;

/** Whether a backup's stored content still matches the checksums taken when it was made. */
public record Verification(String backupId, boolean valid, List<Item> items) {

    public record Item(String path, String sha256, String actualSha256, boolean valid) {
    }

    public static Verification of(String backupId, List<Item> items) {
        return new Verification(backupId, items.stream().allMatch(Item::valid), items);
    }
}
