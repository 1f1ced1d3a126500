package io.selfhealing.coordinator.rest;

import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.coordinator.service.ReportService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;

/** The monitoring report of a period ({@code from}, {@code to}: ISO-8601; default the last 24 hours). */
@Path("/api/report")
@RolesAllowed(Roles.VIEWER)
public class ReportResource {

    private static final Duration LONGEST = Duration.ofDays(366);

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    public Uni<ReportView> report(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = Params.instantParam("to", to, Instant.now());
        Instant start = Params.instantParam("from", from, end.minus(Duration.ofDays(1)));
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("from", "from must be before to");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("from", "a report covers at most " + LONGEST.toDays() + " days");
        }
        return reports.report(start, end);
    }
}
