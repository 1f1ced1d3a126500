package io.selfhealing.fix.service;

import io.selfhealing.fix.config.FixEngineerConfig;
import io.selfhealing.fix.domain.FixCatalog;
import io.selfhealing.fix.domain.IncreaseDelay;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** Builds the fix catalog from its configured bounds; invalid bounds fail the start. */
public class CatalogProducer {

    @Produces
    @Singleton
    FixCatalog catalog(FixEngineerConfig config) {
        var delay = config.fix().increaseDelay();
        return new FixCatalog(List.of(new IncreaseDelay(delay.key(), delay.max(), delay.factor())));
    }
}
