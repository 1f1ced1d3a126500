package io.selfhealing.coordinator.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.selfhealing.coordinator.domain.IncidentDetail;
import io.selfhealing.coordinator.repository.IncidentEntity;
import io.selfhealing.coordinator.service.IncidentActions;
import io.selfhealing.coordinator.service.IncidentQueries;
import io.selfhealing.events.IncidentState;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Incidents, their evidence, transitions and decisions, and the approval path (each decision audited). */
@Path("/api/incidents")
@RolesAllowed(Roles.VIEWER)
public class IncidentResource {

    private final IncidentQueries queries;
    private final IncidentActions actions;
    private final SecurityIdentity identity;

    public IncidentResource(IncidentQueries queries, IncidentActions actions, SecurityIdentity identity) {
        this.queries = queries;
        this.actions = actions;
        this.identity = identity;
    }

    @GET
    public Uni<ApiResponse<List<IncidentEntity>>> list(@QueryParam("state") String state,
            @QueryParam("target") String target, @QueryParam("limit") String limit) {
        return queries.list(Params.enumParam("state", state, IncidentState.class), target,
                Params.intParam("limit", limit, 100, 1, 1000)).map(ApiResponse::success);
    }

    @GET
    @Path("/{id}")
    public Uni<ApiResponse<IncidentDetail>> get(@PathParam("id") String id) {
        return queries.detail(id).map(ApiResponse::success);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.OPERATOR)
    public Uni<ApiResponse<IncidentEntity>> approve(@PathParam("id") String id, @QueryParam("reason") String reason,
            String body) {
        return actions.approve(id, Decisions.of(identity, reason, body)).map(ApiResponse::success);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.OPERATOR)
    public Uni<ApiResponse<IncidentEntity>> reject(@PathParam("id") String id, @QueryParam("reason") String reason,
            String body) {
        return actions.reject(id, Decisions.of(identity, reason, body)).map(ApiResponse::success);
    }

    /** "I am on it": recorded on the incident (who, when, why); changes no state. */
    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed(Roles.OPERATOR)
    public Uni<ApiResponse<IncidentEntity>> acknowledge(@PathParam("id") String id,
            @QueryParam("reason") String reason, String body) {
        return actions.acknowledge(id, Decisions.of(identity, reason, body)).map(ApiResponse::success);
    }
}
