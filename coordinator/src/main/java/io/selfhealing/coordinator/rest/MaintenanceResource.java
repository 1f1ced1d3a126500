package io.selfhealing.coordinator.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.selfhealing.coordinator.repository.MaintenanceWindowEntity;
import io.selfhealing.coordinator.service.MaintenanceService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Maintenance windows: no automatic fix and no alert for a target while one is active. */
@Path("/api/maintenance")
@RolesAllowed(Roles.VIEWER)
public class MaintenanceResource {

    private final MaintenanceService maintenance;
    private final SecurityIdentity identity;

    public MaintenanceResource(MaintenanceService maintenance, SecurityIdentity identity) {
        this.maintenance = maintenance;
        this.identity = identity;
    }

    @GET
    public Uni<ApiResponse<List<MaintenanceWindowEntity>>> list() {
        return maintenance.current().map(ApiResponse::success);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    public Uni<ApiResponse<MaintenanceWindowEntity>> declare(MaintenanceService.Request request) {
        return maintenance.declare(request,
                Decisions.of(identity, request == null ? null : request.reason(), null)).map(ApiResponse::success);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OPERATOR)
    public Uni<ApiResponse<Void>> end(@PathParam("id") String id, @QueryParam("reason") String reason, String body) {
        return maintenance.end(id, Decisions.of(identity, reason, body))
                .map(x -> ApiResponse.message("maintenance window " + id + " ended"));
    }
}
