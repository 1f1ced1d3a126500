package io.selfhealing.common.warmup;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Runs the agent's {@link WarmupStep}s once at start, on a Vert.x context of their own (as a
 * consumer's message would run), so the first incident after a deploy does not pay for class
 * loading, the first database session and query, a topic's metadata or a library's first use. The
 * agent is not ready ({@link WarmupReadiness}) until they are done; failed or slow steps are logged
 * and skipped, never retried.
 */
@ApplicationScoped
public class Warmup {

    private static final Logger LOG = Logger.getLogger(Warmup.class);

    private final List<WarmupStep> steps;
    private final Vertx vertx;
    private final WarmupConfig config;
    private volatile List<WarmupRun.Outcome> outcomes;

    public Warmup(Instance<WarmupStep> steps, Vertx vertx, WarmupConfig config) {
        this.steps = config.enabled() ? steps.stream().toList() : List.of();
        this.vertx = vertx;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (steps.isEmpty()) {
            outcomes = List.of();
            return;
        }
        Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        Executor onContext = task -> context.runOnContext(x -> task.run());
        WarmupRun.of(steps, config.stepTimeout(), onContext).subscribe().with(this::done);
    }

    private void done(List<WarmupRun.Outcome> result) {
        String summary = result.stream().map(WarmupRun.Outcome::describe).collect(Collectors.joining(", "));
        if (result.stream().allMatch(WarmupRun.Outcome::ok)) {
            LOG.infof("warm-up done: %s", summary);
        } else {
            LOG.warnf("warm-up done, some steps failed (the first incident pays for them): %s", summary);
        }
        outcomes = result;
    }

    /** True once every step ran (or failed, or timed out); true at once for an agent without steps. */
    public boolean finished() {
        return steps.isEmpty() || outcomes != null;
    }

    /** The steps' outcomes, empty while they run. */
    public List<WarmupRun.Outcome> outcomes() {
        List<WarmupRun.Outcome> done = outcomes;
        return done == null ? List.of() : done;
    }
}
