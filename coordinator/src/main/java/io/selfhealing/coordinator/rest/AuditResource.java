package io.selfhealing.coordinator.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.selfhealing.coordinator.repository.DecisionEntity;
import io.selfhealing.coordinator.service.DecisionLog;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The audit trail of human decisions within [from, to) (default: the last 24 hours). */
@Path("/api/audit")
@RolesAllowed(Roles.VIEWER)
public class AuditResource {

    private final DecisionLog audit;

    public AuditResource(DecisionLog audit) {
        this.audit = audit;
    }

    @GET
    @WithSession
    public Uni<ApiResponse<List<DecisionEntity>>> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = Params.instantParam("to", to, Instant.now());
        Instant start = Params.instantParam("from", from, end.minus(Duration.ofDays(1)));
        if (!start.isBefore(end)) {
            throw io.selfhealing.common.rest.ProblemException.invalid("from", "from must be before to");
        }
        return audit.between(start, end).map(ApiResponse::success);
    }
}
