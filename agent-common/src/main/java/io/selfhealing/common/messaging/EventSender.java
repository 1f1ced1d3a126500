package io.selfhealing.common.messaging;

import io.selfhealing.events.HealingEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends events and completes only when the broker acknowledged them, so a caller can fail its
 * unit of work on a nack instead of losing the event (no fire-and-forget).
 */
@ApplicationScoped
public class EventSender {

    public Uni<Void> send(MutinyEmitter<String> emitter, HealingEvent event) {
        return emitter.sendMessage(EventMessages.toMessage(event));
    }

    /** Blocking variant for worker threads (JGit, file I/O). */
    public void sendAndWait(MutinyEmitter<String> emitter, HealingEvent event) {
        send(emitter, event).await().indefinitely();
    }
}
