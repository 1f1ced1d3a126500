package io.selfhealing.demo.fault;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain {@link RateLimiter} the one shared instance of the app. */
public class FaultBeans {

    @Produces
    @Singleton
    RateLimiter rateLimiter() {
        return new RateLimiter();
    }
}
