package io.selfhealing.demo.health;

import io.selfhealing.demo.config.DemoConfig;
import io.selfhealing.demo.stats.CallStats;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN while the upstream answered 429 within {@code demo.health.error-window}. */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements HealthCheck {

    private final CallStats stats;
    private final DemoConfig config;

    public UpstreamReadiness(CallStats stats, DemoConfig config) {
        this.stats = stats;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        int recent = stats.rateLimitedWithin(config.health().errorWindow().toNanos());
        return HealthCheckResponse.named("upstream")
                .status(recent == 0)
                .withData("rateLimitedInWindow", recent)
                .withData("window", config.health().errorWindow().toString())
                .build();
    }
}
