package io.selfhealing.coordinator.rest;

import io.selfhealing.coordinator.service.SelfMaintenance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.Map;

/** Runs self-maintenance now (retention, backup verification, daily report) instead of waiting for its cron. */
@Path("/api/self-maintenance/run")
public class SelfMaintenanceResource {

    private final SelfMaintenance maintenance;

    public SelfMaintenanceResource(SelfMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Uni<ApiResponse<Map<String, Object>>> run() {
        return maintenance.runAll(Instant.now()).map(ApiResponse::success);
    }
}
