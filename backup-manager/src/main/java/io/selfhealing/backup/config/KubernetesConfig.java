package io.selfhealing.backup.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which Kubernetes namespaces backup-manager may read and restore ({@code healing.kubernetes.*}). */
@ConfigMapping(prefix = "healing.kubernetes")
public interface KubernetesConfig {

    /** Namespaces whose ConfigMaps and Deployments may be backed up and restored; absent: none. */
    Optional<List<String>> allowedNamespaces();
}
