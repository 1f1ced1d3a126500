package io.selfhealing.notifier.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.common.security.AccessWiring;
import io.selfhealing.notifier.domain.AlertState;
import io.selfhealing.notifier.service.AlertService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Alerts with their delivery state; acknowledging one stops its repeats and escalation. */
@Path("/api/alerts")
@RolesAllowed(AccessWiring.VIEWER)
public class AlertResource {

    /** Optional body of an acknowledgement. */
    public record AckRequest(String comment) {
    }

    private final AlertService alerts;
    private final SecurityIdentity identity;

    public AlertResource(AlertService alerts, SecurityIdentity identity) {
        this.alerts = alerts;
        this.identity = identity;
    }

    @GET
    public ApiResponse<List<AlertService.AlertView>> list(@QueryParam("state") String state,
            @QueryParam("limit") String limit) {
        return ApiResponse.success(alerts.list(state(state), Params.limit(limit)));
    }

    @GET
    @Path("/{id}")
    public ApiResponse<AlertService.AlertView> get(@PathParam("id") String id) {
        AlertService.AlertView view = alerts.get(Params.id(id, "alert"));
        if (view == null) {
            throw ProblemException.notFound("alert", id);
        }
        return ApiResponse.success(view);
    }

    @POST
    @Path("/{id}/ack")
    @RolesAllowed(AccessWiring.OPERATOR)
    public ApiResponse<AlertService.AlertView> ack(@PathParam("id") String id, AckRequest body) {
        long alertId = Params.id(id, "alert");
        AlertService.AckResult result = alerts.ack(alertId, identity.getPrincipal().getName(),
                body == null ? null : body.comment());
        if (result == null) {
            throw ProblemException.notFound("alert", id);
        }
        if (result == AlertService.AckResult.RESOLVED) {
            throw ProblemException.conflict("alert " + id + " is already resolved: nothing to acknowledge");
        }
        return ApiResponse.success(alerts.get(alertId), result == AlertService.AckResult.ALREADY
                ? "alert " + id + " was already acknowledged" : "alert " + id + " acknowledged");
    }

    private static AlertState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return AlertState.valueOf(state.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state: '" + state + "' is not one of FIRING, ACKNOWLEDGED, RESOLVED");
        }
    }
}
