package io.selfhealing.notifier.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.common.security.AccessWiring;
import io.selfhealing.notifier.repository.SilenceEntity;
import io.selfhealing.notifier.service.Silences;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;

/** Silences: alerts matching every matcher of an active silence are recorded but not notified. */
@Path("/api/silences")
@RolesAllowed(AccessWiring.VIEWER)
public class SilenceResource {

    public record SilenceView(long id, List<String> matchers, Instant until, String createdBy, Instant createdAt,
            String comment) {

        static SilenceView of(SilenceEntity s) {
            return new SilenceView(s.id, Silences.matcherTexts(s), s.until, s.createdBy, s.createdAt, s.comment);
        }
    }

    private final Silences silences;
    private final SecurityIdentity identity;

    public SilenceResource(Silences silences, SecurityIdentity identity) {
        this.silences = silences;
        this.identity = identity;
    }

    @GET
    @Transactional
    public ApiResponse<List<SilenceView>> active() {
        return ApiResponse.success(silences.active(Instant.now()).stream().map(SilenceView::of).toList());
    }

    @POST
    @RolesAllowed(AccessWiring.OPERATOR)
    @Transactional
    public ApiResponse<SilenceView> create(Silences.Request request) {
        if (request == null) {
            throw new IllegalArgumentException("body: a JSON object with matchers, until and comment");
        }
        return ApiResponse.success(SilenceView.of(silences.create(request, identity.getPrincipal().getName(),
                Instant.now())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(AccessWiring.OPERATOR)
    @Transactional
    public ApiResponse<SilenceView> expire(@PathParam("id") String id) {
        SilenceEntity s = SilenceEntity.findById(Params.id(id, "silence"));
        if (s == null) {
            throw ProblemException.notFound("silence", id);
        }
        Instant now = Instant.now();
        if (s.until.isAfter(now)) {
            s.until = now;
        }
        return ApiResponse.success(SilenceView.of(s), "silence " + id + " expired");
    }
}
