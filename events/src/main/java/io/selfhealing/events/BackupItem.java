package io.selfhealing.events;

/** One resource inside a backup, with the SHA-256 of its content. */
public record BackupItem(ResourceRef resource, String sha256, long sizeBytes) {
}
