package io.selfhealing.rootcause.messaging;

import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthReported;
import io.selfhealing.rootcause.service.Analyst;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * healing.health of every target, in a group of this instance's own: with several analyst
 * instances the health of a dependency ({@code dependsOn}) may be on a partition another instance
 * owns; it is kept for the dependents this instance diagnoses (see {@link Analyst#onDependencyHealth}).
 */
@ApplicationScoped
public class DependencyHealthConsumer {

    private final Analyst analyst;

    public DependencyHealthConsumer(Analyst analyst) {
        this.analyst = analyst;
    }

    @Incoming("dependency-health")
    public void onHealth(String json) {
        analyst.onDependencyHealth(EventCodec.decode(json, HealthReported.class));
    }
}
