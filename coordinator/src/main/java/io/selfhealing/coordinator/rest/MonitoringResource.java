package io.selfhealing.coordinator.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.selfhealing.coordinator.service.CheckService;
import io.selfhealing.coordinator.service.IncidentActions;
import io.selfhealing.coordinator.service.MonitoringService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** The seed's monitoring API with its envelope; reads need the viewer role, POSTs the operator role. */
@Path("/api/monitoring")
@RolesAllowed(Roles.VIEWER)
public class MonitoringResource {

    private final MonitoringService monitoring;
    private final IncidentActions actions;
    private final SecurityIdentity identity;
    private final CheckService checks;

    public MonitoringResource(MonitoringService monitoring, IncidentActions actions, SecurityIdentity identity,
            CheckService checks) {
        this.monitoring = monitoring;
        this.actions = actions;
        this.identity = identity;
        this.checks = checks;
    }

    @GET
    @Path("/health")
    public Uni<ApiResponse<MonitoringViews.Health>> health() {
        return monitoring.health().map(ApiResponse::success);
    }

    @GET
    @Path("/status")
    public Uni<ApiResponse<MonitoringViews.Status>> status() {
        return monitoring.status().map(ApiResponse::success);
    }

    @POST
    @Path("/trigger-check")
    @RolesAllowed(Roles.OPERATOR)
    public Uni<ApiResponse<MonitoringViews.CheckResults>> triggerCheck(@QueryParam("target") String target,
            @QueryParam("reason") String reason, String body) {
        return checks.checkNow(target == null || target.isBlank() ? null : target,
                Decisions.of(identity, reason, body)).map(ApiResponse::success);
    }

    @GET
    @Path("/backups")
    public Uni<ApiResponse<MonitoringViews.Backups>> backups(@QueryParam("limit") String limit) {
        return monitoring.backups(Params.intParam("limit", limit, 50, 1, 1000)).map(ApiResponse::success);
    }

    @POST
    @Path("/rollback/{backupId}")
    @RolesAllowed(Roles.OPERATOR)
    public Uni<ApiResponse<Void>> rollback(@PathParam("backupId") String backupId,
            @QueryParam("reason") String reason, String body) {
        return actions.rollbackTo(backupId, Decisions.of(identity, reason, body))
                .map(incident -> ApiResponse.message("Rolling back to backup " + backupId + " (incident "
                        + incident.id + ")"));
    }

    @GET
    @Path("/stats")
    public ApiResponse<MonitoringViews.FixStatistics> stats() {
        return ApiResponse.success(monitoring.statistics());
    }
}
