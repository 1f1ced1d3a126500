package io.selfhealing.coordinator.service;

import io.selfhealing.coordinator.domain.LiveEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Fans the platform's changes out to every open dashboard (server-sent events): one broker
 * consumer per coordinator, however many browsers watch. A slow browser loses items, never blocks.
 */
@ApplicationScoped
public class LiveFeed {

    private final BroadcastProcessor<LiveEvent> processor = BroadcastProcessor.create();

    public void publish(LiveEvent event) {
        processor.onNext(event);
    }

    /** Changes from now on, with a heartbeat so proxies keep the connection open. */
    public Multi<LiveEvent> stream(Duration heartbeat) {
        Multi<LiveEvent> beats = Multi.createFrom().ticks().every(heartbeat)
                .map(t -> new LiveEvent("heartbeat", null, null, null, Instant.now()));
        return Multi.createBy().merging().streams(processor.onOverflow().drop(), beats)
                .onOverflow().drop();
    }
}
