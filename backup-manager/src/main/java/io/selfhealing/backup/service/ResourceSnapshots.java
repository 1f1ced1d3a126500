package io.selfhealing.backup.service;

import io.selfhealing.backup.domain.Snapshot;
import io.selfhealing.events.ResourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Exactly the resources a plan names, by kind: git files (bytes) or Kubernetes objects (the changed fields). Blocking. */
@ApplicationScoped
public class ResourceSnapshots {

    private final ResourceFiles files;
    private final KubeResources kube;

    public ResourceSnapshots(ResourceFiles files, KubeResources kube) {
        this.files = files;
        this.kube = kube;
    }

    /** Reads every resource; all or nothing. */
    public List<Snapshot> read(List<ResourceRef> resources) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (ResourceRef resource : resources) {
            snapshots.add(KubeResources.handles(resource) ? kube.read(resource) : files.read(List.of(resource)).get(0));
        }
        return snapshots;
    }

    /** Writes every snapshot back and verifies it. */
    public void restore(List<Snapshot> snapshots) {
        for (Snapshot snapshot : snapshots) {
            if (KubeResources.handles(snapshot.resource())) {
                kube.restore(snapshot);
            } else {
                files.restore(List.of(snapshot));
            }
        }
    }
}
