package io.selfhealing.demo.rest;

import io.selfhealing.demo.fault.FaultState;
import io.selfhealing.demo.fault.RateLimiter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

/** Fault injection: switch the upstream's rate limit on and off. */
@Path("/fault")
@Produces(MediaType.APPLICATION_JSON)
public class FaultResource {

    private static final Logger LOG = Logger.getLogger(FaultResource.class);

    private final RateLimiter limiter;

    public FaultResource(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @GET
    public FaultState state() {
        return limiter.state();
    }

    @POST
    @Path("/rate-limit")
    @Consumes(MediaType.APPLICATION_JSON)
    public FaultState enable(FaultRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"maxCallsPerSecond\": ..., \"maxErrors\": ...} is required");
        }
        FaultState state = limiter.enable(request.toFault());
        LOG.infof("Fault injected: rate limit %s calls/s, maxErrors %s", state.maxCallsPerSecond(), state.maxErrors());
        return state;
    }

    @DELETE
    @Path("/rate-limit")
    public FaultState clear() {
        LOG.info("Fault cleared: rate limit");
        return limiter.clear();
    }
}
