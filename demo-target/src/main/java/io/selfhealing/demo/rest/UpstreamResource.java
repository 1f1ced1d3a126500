package io.selfhealing.demo.rest;

import io.selfhealing.demo.fault.RateLimiter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.IntStream;

/** The simulated upstream the worker calls; answers 429 while the rate-limit fault rejects a call. */
@Path("/upstream")
@Produces(MediaType.APPLICATION_JSON)
public class UpstreamResource {

    static final int MAX_COUNT = 10_000;

    /** One item of a batch. */
    public record Item(int id, String name) {
    }

    /** A batch of items. */
    public record Items(int count, List<Item> items) {
    }

    private final RateLimiter limiter;

    public UpstreamResource(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @GET
    @Path("/items")
    public Response items(@QueryParam("count") @DefaultValue("10") int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be in [1, " + MAX_COUNT + "], was " + count);
        }
        RateLimiter.Decision decision = limiter.admit(System.nanoTime());
        if (!decision.accepted()) {
            return Response.fromResponse(Problem.response(429, "Too Many Requests",
                            "upstream rate limit exceeded; retry later"))
                    .header("Retry-After", decision.retryAfterSeconds()).build();
        }
        List<Item> items = IntStream.rangeClosed(1, count).mapToObj(i -> new Item(i, "item-" + i)).toList();
        return Response.ok(new Items(count, items)).build();
    }
}
