package io.selfhealing.demo.rest;

import io.selfhealing.demo.config.Tunables;
import io.selfhealing.demo.config.TunablesWatcher;
import io.selfhealing.demo.fault.FaultState;
import io.selfhealing.demo.fault.RateLimiter;
import io.selfhealing.demo.stats.CallCounters;
import io.selfhealing.demo.stats.CallStats;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** What the demo target is doing right now. */
@Path("/api/status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    /** The answer of {@code GET /api/status}. */
    public record Status(Tunables tunables, FaultState fault, CallCounters counters, String configFile,
            Instant lastReload, String lastReloadProblem) {
    }

    private final TunablesWatcher tunables;
    private final RateLimiter limiter;
    private final CallStats stats;

    public StatusResource(TunablesWatcher tunables, RateLimiter limiter, CallStats stats) {
        this.tunables = tunables;
        this.limiter = limiter;
        this.stats = stats;
    }

    @GET
    public Status status() {
        return new Status(tunables.current(), limiter.state(), stats.snapshot(), tunables.path().toString(),
                tunables.lastReload(), tunables.lastProblem());
    }
}
