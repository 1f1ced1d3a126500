package io.selfhealing.fix.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.api.Git;
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

    /** The newest of the last {@code depth} commits whose trailer {@code key} has {@code value}. */
    Optional<RevCommit> findByTrailer(String key, String value, int depth) throws GitAPIException {
        return find(c -> hasTrailer(c, key, value), depth);
    }

    static boolean hasTrailer(RevCommit commit, String key, String value) {
        return commit.getFooterLines().stream()
                .anyMatch(f -> f.getKey().equalsIgnoreCase(key) && f.getValue().trim().equals(value));
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

    /** Commits the work tree's version of {@code path} only (whatever else is staged stays out). */
    RevCommit commit(String path, String message, PersonIdent who) throws GitAPIException, IOException {
        Files.createDirectories(noHooks);
        var config = git.getRepository().getConfig();
        config.setString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_HOOKS_PATH,
                noHooks.toString());
        git.add().addFilepattern(path).call();
        return git.commit().setOnly(path).setMessage(message).setAuthor(who).setCommitter(who)
                .setSign(false).setNoVerify(true).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
