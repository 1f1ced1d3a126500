package io.selfhealing.monitor.service.probe;

import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import java.util.concurrent.CompletionStage;

/**
 * One kind of health check (the target's {@code type}). A probe completes with a result, or
 * fails; the scheduler enforces the target's timeout and turns failures into reports, so a probe
 * can never stall the agent.
 */
public interface Probe {

    /** The target type it checks: http, host, postgresql, kafka, git, process. */
    String type();

    CompletionStage<ProbeResult> check(ProbeContext context);
}
