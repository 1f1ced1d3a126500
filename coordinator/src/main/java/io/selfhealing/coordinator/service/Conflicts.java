package io.selfhealing.coordinator.service;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;

/**
 * Kafka channels, the validation timer and REST calls may change the same incident at once; the
 * incident's version column detects it and the whole unit of work is retried.
 */
public final class Conflicts {

    private Conflicts() {
    }

    public static <T> Uni<T> retrying(Supplier<Uni<T>> work) {
        return Uni.createFrom().<T>deferred(work::get)
                .onFailure(Conflicts::isConflict).retry().withBackOff(Duration.ofMillis(20)).atMost(5);
    }

    static boolean isConflict(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
