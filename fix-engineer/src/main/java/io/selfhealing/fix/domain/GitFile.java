package io.selfhealing.fix.domain;

import io.selfhealing.events.ResourceRef;
import java.nio.file.Path;

/**
 * A file inside a git work tree, validated: {@code path} stays inside {@code repository} after
 * normalisation.
 *
 * @param repository absolute, normalised work tree
 * @param path       slash-separated path relative to the work tree (as git names it)
 */
public record GitFile(Path repository, String path) {

    public static GitFile of(String repository, String file) {
        Path repo = Path.of(repository).toAbsolutePath().normalize();
        Path resolved = repo.resolve(file).normalize();
        if (!resolved.startsWith(repo) || resolved.equals(repo)) {
            throw new FixRefused("file " + file + " is not inside the work tree " + repo);
        }
        return new GitFile(repo, repo.relativize(resolved).toString().replace('\\', '/'));
    }

    public static GitFile of(ResourceRef resource) {
        if (!ResourceRef.GIT_FILE.equals(resource.kind())) {
            throw new FixRefused("resource kind " + resource.kind() + " is not handled by the git-config actuator");
        }
        return of(resource.location(), resource.path());
    }

    public Path file() {
        return repository.resolve(path);
    }

    public ResourceRef toResource() {
        return new ResourceRef(ResourceRef.GIT_FILE, repository.toString(), path);
    }
}
