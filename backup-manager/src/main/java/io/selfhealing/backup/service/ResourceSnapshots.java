package io.selfhealing.backup.service;

import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.events.ResourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Exactly the resources a plan names, by kind: git files (bytes), Kubernetes objects (the changed
 * fields) or a value behind the target's admin endpoint. Blocking.
 */
@ApplicationScoped
public class ResourceSnapshots {

    private final ResourceFiles files;
    private final KubeResources kube;
    private final AdminResources admin;

    public ResourceSnapshots(ResourceFiles files, KubeResources kube, AdminResources admin) {
        this.files = files;
        this.kube = kube;
        this.admin = admin;
    }

    /** Reads every resource of {@code targetId}'s plan; all or nothing. */
    public List<Snapshot> read(String targetId, List<ResourceRef> resources) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (ResourceRef resource : resources) {
            if (KubeResources.handles(resource)) {
                snapshots.add(kube.read(resource));
            } else if (AdminResources.handles(resource)) {
                snapshots.add(admin.read(targetId, resource));
            } else {
                snapshots.add(files.read(List.of(resource)).get(0));
            }
        }
        return snapshots;
    }

    /** Writes every snapshot of a backup of {@code targetId} back and verifies it. */
    public void restore(String targetId, List<Snapshot> snapshots) {
        for (Snapshot snapshot : snapshots) {
            if (KubeResources.handles(snapshot.resource())) {
                kube.restore(snapshot);
            } else if (AdminResources.handles(snapshot.resource())) {
                admin.restore(targetId, snapshot);
            } else {
                files.restore(List.of(snapshot));
            }
        }
    }
}
