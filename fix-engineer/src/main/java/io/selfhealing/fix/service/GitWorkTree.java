package io.selfhealing.fix.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The JGit operations fix-engineer needs on one work tree. Blocking; never runs a hook or any
 * other external process (hooks are pointed at an empty directory and skipped).
 */
final class GitWorkTree implements AutoCloseable {

    private final Git git;
    private final Path noHooks;

    private GitWorkTree(Git git, Path noHooks) {
        this.git = git;
        this.noHooks = noHooks;
    }

    static GitWorkTree open(Path repository, Path noHooks) throws IOException {
        return new GitWorkTree(Git.open(repository.toFile()), noHooks);
    }

    /** A work tree opened for reading only (commit is not allowed). */
    static GitWorkTree readOnly(Path repository) throws IOException {
        return new GitWorkTree(Git.open(repository.toFile()), null);
    }

    /** The newest of the last {@code depth} commits whose trailer {@code key} has {@code value}. */
    Optional<RevCommit> findByTrailer(String key, String value, int depth) throws GitAPIException {
        return find(c -> hasTrailer(c, key, value), depth);
    }

    static boolean hasTrailer(RevCommit commit, String key, String value) {
        return commit.getFooterLines().stream()
                .anyMatch(f -> f.getKey().equalsIgnoreCase(key) && (value == null || f.getValue().trim().equals(value)));
    }

    Optional<RevCommit> find(Predicate<RevCommit> match, int depth) throws GitAPIException {
        try {
            for (RevCommit commit : git.log().setMaxCount(depth).call()) {
                if (match.test(commit)) {
                    return Optional.of(commit);
                }
            }
            return Optional.empty();
        } catch (NoHeadException e) {
            return Optional.empty();
        }
    }

    Optional<RevCommit> head() throws GitAPIException {
        return find(c -> true, 1);
    }

    /** True if the work tree and index hold exactly HEAD's version of {@code path}. */
    boolean isClean(String path) throws GitAPIException {
        return git.status().addPath(path).call().isClean();
    }

    /**
     * True if {@code path} differs from HEAD only by an edit of its content: modified in the work
     * tree or staged, and the index holds either HEAD's or the work tree's version (never a third
     * one); not added, deleted, untracked or in conflict.
     */
    boolean onlyEdited(String path) throws GitAPIException {
        Status status = git.status().addPath(path).call();
        boolean staged = status.getChanged().contains(path);
        boolean modified = status.getModified().contains(path);
        return staged != modified && status.getAdded().isEmpty() && status.getRemoved().isEmpty()
                && status.getMissing().isEmpty() && status.getUntracked().isEmpty() && status.getConflicting().isEmpty();
    }

    /** Commits the work tree's version of {@code path} only (whatever else is staged stays out). */
    RevCommit commit(String path, String message, PersonIdent who) throws GitAPIException, IOException {
        if (noHooks == null) {
            throw new IllegalStateException("work tree opened read-only");
        }
        Files.createDirectories(noHooks);
        var config = git.getRepository().getConfig();
        config.setString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_HOOKS_PATH,
                noHooks.toString());
        return write(() -> {
            git.add().addFilepattern(path).call();
            return git.commit().setOnly(path).setMessage(message).setAuthor(who).setCommitter(who)
                    .setSign(false).setNoVerify(true).call();
        });
    }

    /** Runs a write of the repository marked as this process's ({@link AbandonedLocks}). */
    private <T> T write(AbandonedLocks.Write<T> op) throws IOException, GitAPIException {
        Repository repo = git.getRepository();
        return AbandonedLocks.around(repo.getDirectory().toPath(), repo.getCommonDirectory().toPath(), op);
    }

    /** Pushes the current branch to {@code origin}; the reason if any ref was not updated. */
    Optional<String> push() {
        try {
            for (PushResult result : write(() -> git.push().setRemote("origin").call())) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK
                            && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        return Optional.of(update.getRemoteName() + " " + update.getStatus()
                                + (update.getMessage() == null ? "" : ": " + update.getMessage()));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | GitAPIException | RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Resets the index entry of {@code path} to HEAD's (the work tree is left as it is). */
    void unstage(String path) throws IOException, GitAPIException {
        write(() -> git.reset().addPath(path).call());
    }

    /** Moves the branch back one commit, keeping the work tree (used when a push of it failed). */
    void dropLastCommit() throws IOException, GitAPIException {
        write(() -> git.reset().setMode(ResetCommand.ResetType.MIXED).setRef("HEAD~1").call());
    }

    /** The newest commit that changed {@code path}. */
    Optional<RevCommit> lastCommitOf(String path) throws GitAPIException {
        try {
            for (RevCommit commit : git.log().addPath(path).setMaxCount(1).call()) {
                return Optional.of(commit);
            }
            return Optional.empty();
        } catch (NoHeadException e) {
            return Optional.empty();
        }
    }

    /** The bytes of {@code path} in commit {@code commitId}, empty if the file is not in it. */
    Optional<byte[]> contentAt(String commitId, String path) throws IOException {
        Repository repo = git.getRepository();
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(repo.resolve(commitId));
            try (TreeWalk tree = TreeWalk.forPath(repo, path, commit.getTree())) {
                return tree == null ? Optional.empty() : Optional.of(repo.open(tree.getObjectId(0)).getBytes());
            }
        }
    }

    /** The commit {@code commitId} (full id). */
    RevCommit commit(String commitId) throws IOException {
        Repository repo = git.getRepository();
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(ObjectId.fromString(commitId));
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
