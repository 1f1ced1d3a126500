package io.selfhealing.rootcause.service;

import io.selfhealing.rootcause.config.AnalystConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.List;

/** Wires the plain-Java analyst with its rules. */
public class AnalystProducer {

    @Produces
    @ApplicationScoped
    Analyst analyst(AnalystConfig config) {
        return new Analyst(List.of(new RateLimitRule()), config.rediagnoseAfter(), Clock.systemUTC());
    }
}
