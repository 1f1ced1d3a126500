package io.selfhealing.coordinator.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.selfhealing.coordinator.repository.HealthSampleEntity;
import io.selfhealing.coordinator.service.HistoryService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Each target's health reports of the last {@code minutes} (default 60), oldest first: the sparklines. */
@Path("/api/monitoring/history")
@RolesAllowed(Roles.VIEWER)
public class HistoryResource {

    private final HistoryService history;

    public HistoryResource(HistoryService history) {
        this.history = history;
    }

    public record Sample(Instant at, String status, Long latencyMs) {
    }

    @GET
    @WithSession
    public Uni<ApiResponse<Map<String, List<Sample>>>> history(@QueryParam("minutes") String minutes) {
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofMinutes(Params.intParam("minutes", minutes, 60, 1, 7 * 24 * 60)));
        return history.samples(from, now.plusSeconds(1)).map(rows -> ApiResponse.success(rows.stream().collect(
                Collectors.groupingBy(r -> r.targetId, TreeMap::new, Collectors.mapping(HistoryResource::sample,
                        Collectors.toList())))));
    }

    public record ErrorPoint(Instant at, String category, double ratePerMinute, long newLines, String sample) {
    }

    /** One target's error reports within [from, to) (default: the last hour): the error-rate chart. */
    @GET
    @Path("/errors")
    @WithSession
    public Uni<ApiResponse<List<ErrorPoint>>> errors(@QueryParam("target") String target,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        if (target == null || target.isBlank()) {
            throw io.selfhealing.common.rest.ProblemException.invalid("target", "target is required");
        }
        Instant end = Params.instantParam("to", to, Instant.now().plusSeconds(1));
        Instant start = Params.instantParam("from", from, end.minus(Duration.ofHours(1)));
        return history.errors(target, start, end).map(rows -> ApiResponse.success(rows.stream()
                .map(r -> new ErrorPoint(r.at, r.category,
                        r.ratePerMinute == null ? 0 : r.ratePerMinute, r.newLines, r.sample)).toList()));
    }

    private static Sample sample(HealthSampleEntity row) {
        return new Sample(row.at, row.status, row.latencyMs);
    }
}
