package io.selfhealing.backup.rest;

import io.selfhealing.backup.domain.BackupView;
import io.selfhealing.backup.domain.Verification;
import io.selfhealing.backup.service.BackupQueries;
import io.selfhealing.common.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Read-only view of the backups (metadata and checksums, never content). */
@Path("/api/backups")
public class BackupResource {

    private final BackupQueries queries;

    public BackupResource(BackupQueries queries) {
        this.queries = queries;
    }

    @GET
    public Uni<List<BackupView>> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be within 1..1000, was " + limit);
        }
        return queries.newest(limit);
    }

    @GET
    @Path("/{id}")
    public Uni<BackupView> one(@PathParam("id") String id) {
        return queries.one(id).map(b -> found(b, id));
    }

    @GET
    @Path("/{id}/verify")
    public Uni<Verification> verify(@PathParam("id") String id) {
        return queries.verify(id).map(v -> found(v, id));
    }

    private static <T> T found(T value, String id) {
        if (value == null) {
            throw ProblemException.notFound("backup", id);
        }
        return value;
    }
}
