package io.selfhealing.monitor.service.probe;

import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import java.util.concurrent.CompletionStage;

/**
 * A probe whose check blocks (JDBC, JGit, OSHI, sockets, admin clients): {@link #measure} runs on
 * {@link BlockingChecks}, never on the caller's thread. Plain tests call {@code measure} directly.
 * Subclasses are {@code @Singleton} beans (a client proxy would need a no-args constructor).
 */
abstract class BlockingProbe implements Probe {

    private final BlockingChecks blocking;

    protected BlockingProbe(BlockingChecks blocking) {
        this.blocking = blocking;
    }

    @Override
    public CompletionStage<ProbeResult> check(ProbeContext context) {
        return blocking.run(context.target().id(), type(), () -> measure(context));
    }

    /** One check of the target, on the calling thread; never throws for a sick target, only reports it. */
    abstract ProbeResult measure(ProbeContext context);
}
