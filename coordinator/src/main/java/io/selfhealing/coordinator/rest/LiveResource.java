package io.selfhealing.coordinator.rest;

import io.selfhealing.coordinator.config.ControlRoomConfig;
import io.selfhealing.coordinator.domain.LiveEvent;
import io.selfhealing.coordinator.service.LiveFeed;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Server-sent events of incident, health and alert changes: the dashboard refetches only what changed. */
@Path("/api/live")
@RolesAllowed(Roles.VIEWER)
public class LiveResource {

    private final LiveFeed feed;
    private final ControlRoomConfig config;

    public LiveResource(LiveFeed feed, ControlRoomConfig config) {
        this.feed = feed;
        this.config = config;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<LiveEvent> stream() {
        return feed.stream(config.liveHeartbeat());
    }
}
