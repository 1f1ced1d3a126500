package io.selfhealing.coordinator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.coordinator.domain.SwitchState;
import io.selfhealing.coordinator.service.RuntimeSwitches;
import io.selfhealing.events.EventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.util.Map;

/** The runtime switches: anyone signed in reads them, only an admin switches (with a reason, audited). */
@Path("/api/switches")
@RolesAllowed(Roles.VIEWER)
public class SwitchResource {

    private final RuntimeSwitches switches;
    private final SecurityIdentity identity;

    public SwitchResource(RuntimeSwitches switches, SecurityIdentity identity) {
        this.switches = switches;
        this.identity = identity;
    }

    @GET
    @WithSession
    public Uni<ApiResponse<Map<String, SwitchState>>> list() {
        return switches.states().map(ApiResponse::success);
    }

    /** Body {@code {"enabled": false, "reason": "..."}} (the reason may also be {@code ?reason=}). */
    @PUT
    @Path("/{name}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<ApiResponse<SwitchState>> set(@PathParam("name") String name, @QueryParam("reason") String reason,
            String body) {
        var decision = Decisions.of(identity, reason, body);
        return switches.set(name, enabled(body), decision).map(ApiResponse::success);
    }

    static boolean enabled(String body) {
        JsonNode enabled;
        try {
            enabled = body == null || body.isBlank() ? null : EventCodec.mapper().readTree(body).get("enabled");
        } catch (IOException e) {
            throw ProblemException.invalid("body", "the request body is not valid JSON: " + e.getMessage());
        }
        if (enabled == null || !enabled.isBoolean()) {
            throw ProblemException.invalid("enabled", "the body must be {\"enabled\": true|false, \"reason\": \"...\"}");
        }
        return enabled.asBoolean();
    }
}
