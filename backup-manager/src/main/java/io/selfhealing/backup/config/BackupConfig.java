package io.selfhealing.backup.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** Typed configuration of backup-manager ({@code healing.backup.*}). */
@ConfigMapping(prefix = "healing.backup")
public interface BackupConfig {

    /** Directories whose files may be backed up and restored; nothing outside them is touched. */
    List<String> allowedRoots();
}
