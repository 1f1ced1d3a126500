package io.selfhealing.common.warmup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the start-up warm-up runs (bounded by {@code healing.warmup.step-timeout} per step). */
@Readiness
@ApplicationScoped
public class WarmupReadiness implements HealthCheck {

    private final Warmup warmup;

    public WarmupReadiness(Warmup warmup) {
        this.warmup = warmup;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("warm-up").status(warmup.finished());
        warmup.outcomes().forEach(o -> response.withData(o.step(), o.ok() ? o.millis() + " ms" : o.describe()));
        return response.build();
    }
}
