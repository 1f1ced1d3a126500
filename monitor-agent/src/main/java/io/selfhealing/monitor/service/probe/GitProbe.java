package io.selfhealing.monitor.service.probe;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.CheckList;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.Threshold;
import jakarta.inject.Singleton;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Repository;

/**
 * A git work tree through JGit: the repository opens, every object reachable from its refs is
 * readable (see {@link GitObjectCheck}), the work tree is clean, and how far the branch is ahead
 * of / behind its upstream. Settings: {@code path}; {@code dirty: warning|critical|healthy}
 * (default warning); {@code fsckInterval} (default 10m; 0 = every check): the object walk reads
 * every object, so it runs at most this often and the checks between reuse its verdict, except
 * after broken objects were found (then every check, to see the repair). Unreadable objects or
 * no repository → CRITICAL.
 */
@Singleton
public class GitProbe extends BlockingProbe {


    static final Duration DEFAULT_FSCK_INTERVAL = Duration.ofMinutes(10);

    /** Per target: the last object walk and when it ran. */
    private final Map<String, Walk> walks = new ConcurrentHashMap<>();

    private record Walk(GitObjectCheck.Report report, long atNanos) {
    }

    public GitProbe(BlockingChecks blocking) {
        super(blocking);
    }

    @Override
    public String type() {
        return "git";
    }

    @Override
    ProbeResult measure(ProbeContext context) {
        CheckList checks = new CheckList(context);
        String path = context.settings().required("path");
        try (Git git = Git.open(new File(path))) {
            Repository repo = git.getRepository();
            Walk walk = objectWalk(context, repo);
            GitObjectCheck.Report objects = walk.report();
            checks.check("objects", objects.broken().isEmpty() ? HealthStatus.HEALTHY : HealthStatus.CRITICAL, null,
                    Map.of("checked", objects.checked(), "broken", objects.broken(),
                            "walkedSecondsAgo", (System.nanoTime() - walk.atNanos()) / 1_000_000_000),
                    "unreadable git objects: " + objects.broken());
            if (objects.broken().isEmpty()) {
                workTree(context, git, checks);
            }
            tracking(repo, checks);
        } catch (IOException | GitAPIException | RuntimeException e) {
            checks.check("repository", HealthStatus.CRITICAL, null, Map.of("error", String.valueOf(e.getMessage())),
                    "not a readable git repository: " + path + " (" + e.getMessage() + ")");
        }
        return checks.result();
    }

    /** The object walk of the target, run again only when its interval passed or it found problems. */
    private Walk objectWalk(ProbeContext context, Repository repo) throws IOException {
        String key = context.target().id();
        Walk last = walks.get(key);
        long intervalNanos = context.settings().string("fsckInterval").map(Threshold::parseDuration)
                .orElse(DEFAULT_FSCK_INTERVAL).toNanos();
        long now = System.nanoTime();
        if (last != null && last.report().broken().isEmpty() && now - last.atNanos() < intervalNanos) {
            return last;
        }
        Walk fresh = new Walk(GitObjectCheck.run(repo), now);
        walks.put(key, fresh);
        return fresh;
    }

    private static void workTree(ProbeContext context, Git git, CheckList checks) throws GitAPIException {
        if (git.getRepository().isBare()) {
            return;
        }
        Status status = git.status().call();
        HealthStatus dirty = status.isClean() ? HealthStatus.HEALTHY
                : HealthStatus.valueOf(context.settings().string("dirty").orElse("warning").toUpperCase());
        checks.check("worktree", dirty, null, Map.of("clean", status.isClean(),
                "changed", status.getUncommittedChanges().size(), "untracked", status.getUntracked().size()),
                "uncommitted changes: " + status.getUncommittedChanges());
    }

    private static void tracking(Repository repo, CheckList checks) throws IOException {
        String branch = repo.getBranch();
        BranchTrackingStatus tracking = branch == null ? null : BranchTrackingStatus.of(repo, branch);
        if (tracking != null) {
            checks.check("upstream", HealthStatus.HEALTHY, null, Map.of("branch", branch,
                    "upstream", tracking.getRemoteTrackingBranch(), "ahead", tracking.getAheadCount(),
                    "behind", tracking.getBehindCount()), null);
        }
    }
}
