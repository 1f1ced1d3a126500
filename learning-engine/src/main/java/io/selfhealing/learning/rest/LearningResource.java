package io.selfhealing.learning.rest;

import io.selfhealing.learning.domain.TypeStats;
import io.selfhealing.learning.repository.OutcomeEntity;
import io.selfhealing.learning.service.LearningService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Read-only view of the knowledge base. */
@Path("/api/learning")
public class LearningResource {

    private final LearningService learning;

    public LearningResource(LearningService learning) {
        this.learning = learning;
    }

    @GET
    @Path("/stats")
    public Uni<List<TypeStats>> stats() {
        return learning.allStats();
    }

    @GET
    @Path("/outcomes")
    public Uni<List<OutcomeEntity>> outcomes(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be within 1..1000, was " + limit);
        }
        return learning.recentOutcomes(limit);
    }
}
