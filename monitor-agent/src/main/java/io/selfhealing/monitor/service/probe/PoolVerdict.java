package io.selfhealing.monitor.service.probe;

import io.selfhealing.monitor.domain.CheckList;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.Threshold;
import io.selfhealing.monitor.service.pool.PoolFamily;
import io.selfhealing.monitor.service.pool.PoolUsage;
import io.selfhealing.monitor.service.pool.PrometheusText;
import java.time.Duration;
import java.util.List;

/**
 * Turns a metrics page into the {@code pool} check: the fullest pool's {@code poolUsagePercent}
 * (with {@code poolActive}, {@code poolMax}, {@code poolPending}) under the threshold
 * {@code poolUsagePercent}. Default: WARNING above 85 % (so every usage the analyst counts as
 * evidence, at least 90 %, shows), CRITICAL above 99 % held for 30 s (a pool that stays full: callers
 * queue or time out; one full sample is normal under a burst). Pure: no I/O.
 */
final class PoolVerdict {

    static final String CHECK = "pool";
    static final String METRIC = "poolUsagePercent";
    static final Threshold USAGE = new Threshold(85, Duration.ZERO, 99, Duration.ofSeconds(30));

    private PoolVerdict() {
    }

    static ProbeResult of(ProbeContext context, String page, List<PoolFamily> families) {
        PrometheusText.Parsed parsed = PrometheusText.parse(page, PoolFamily.names(families));
        return PoolUsage.fullest(parsed.samples(), families)
                .map(pool -> new CheckList(context).metric(CHECK, METRIC, pool.usagePercent(), USAGE, pool.details())
                        .result())
                .orElseGet(() -> unknown("no connection pool with a maximum in the metrics page"
                        + (parsed.badLines() > 0 ? " (" + parsed.badLines() + " unreadable lines)" : "")
                        + "; known: " + PoolFamily.KNOWN.stream().map(f -> f.active().name()).toList()
                        + ", or set probe.poolActiveMetric"));
    }

    /** The pool could not be measured: recorded in the check, never the target's status by itself. */
    static ProbeResult unknown(String reason) {
        return ProbeResult.unknown(CHECK, reason);
    }
}
