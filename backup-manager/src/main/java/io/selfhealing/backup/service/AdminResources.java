package io.selfhealing.backup.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.selfhealing.backup.config.TargetsConfig;
import io.selfhealing.backup.domain.BackupRefused;
import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.common.targets.AdminEndpointClient;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.common.targets.TargetsFile;
import io.selfhealing.events.ResourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Blocking snapshots of one value behind a target's admin endpoint ({@code http-admin}: location =
 * the admin URL, path = the key), stored as {@code {"value":"800"}}. Only the admin URL the target
 * declares in the targets file is called (re-read on every use, so an edit takes effect at once);
 * without a targets file every {@code http-admin} resource is refused. Restore writes the value
 * back with the target's method and body template and verifies it by reading it again.
 */
@ApplicationScoped
public class AdminResources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> targetsFile;
    private final AdminEndpointClient client;

    public AdminResources(TargetsConfig config) {
        this.targetsFile = config.targetsFile().filter(f -> !f.isBlank()).map(Path::of);
        this.client = new AdminEndpointClient(Duration.ofMillis(config.adminTimeoutMs()));
    }

    static boolean handles(ResourceRef resource) {
        return ResourceRef.HTTP_ADMIN.equals(resource.kind());
    }

    public Snapshot read(String targetId, ResourceRef resource) {
        TargetSpec.AdminEndpoint endpoint = declared(targetId, resource);
        String value = call(resource, () -> client.current(endpoint, resource.path()))
                .orElseThrow(() -> new BackupRefused(resource.describe() + " does not report " + resource.path()));
        try {
            return Snapshot.of(resource, JSON.writeValueAsBytes(new AdminValue(value)));
        } catch (IOException e) {
            throw new BackupRefused("cannot encode " + resource.describe() + ": " + e, e);
        }
    }

    public void restore(String targetId, Snapshot snapshot) {
        ResourceRef resource = snapshot.resource();
        TargetSpec.AdminEndpoint endpoint = declared(targetId, resource);
        AdminValue saved;
        try {
            saved = JSON.readValue(snapshot.content(), AdminValue.class);
        } catch (IOException e) {
            throw new BackupRefused("stored snapshot of " + resource.describe() + " is not readable: " + e, e);
        }
        if (!saved.value().equals(call(resource, () -> client.current(endpoint, resource.path())).orElse(null))) {
            call(resource, () -> {
                client.set(endpoint, resource.path(), saved.value());
                return null;
            });
        }
        if (!read(targetId, resource).sha256().equals(snapshot.sha256())) {
            throw new BackupRefused("restored " + resource.describe() + " does not match its snapshot");
        }
    }

    /** The target's admin endpoint, if {@code resource} is exactly its declared URL. */
    private TargetSpec.AdminEndpoint declared(String targetId, ResourceRef resource) {
        Path file = targetsFile.orElseThrow(() -> new BackupRefused(resource.describe() + " refused: http-admin"
                + " backups need the targets file that allow-lists admin URLs (healing.targets-file,"
                + " env HEALING_TARGETS_FILE), which is not configured"));
        TargetSpec target;
        try {
            target = TargetsFile.load(file).find(targetId)
                    .orElseThrow(() -> new BackupRefused("target " + targetId + " is not declared in " + file));
        } catch (IllegalArgumentException e) {
            throw new BackupRefused("targets file unusable: " + e.getMessage(), e);
        }
        if (target.admin() == null || resource.path() == null
                || !AdminEndpointClient.resource(target.admin(), resource.path()).equals(resource)) {
            throw new BackupRefused(resource.describe() + " is not the declared admin endpoint of target " + targetId);
        }
        return target.admin();
    }

    private static <T> T call(ResourceRef resource, Supplier<T> call) {
        try {
            return call.get();
        } catch (AdminEndpointClient.Refused | IllegalStateException e) {
            throw new BackupRefused("cannot reach " + resource.describe() + ": " + e.getMessage(), e);
        }
    }

    record AdminValue(String value) {
    }
}
