package io.selfhealing.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.system.DiskSpaceMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.File;

/**
 * What every agent's /q/metrics gets besides Quarkus's own meters: {@code disk_free_bytes} and
 * {@code disk_total_bytes} of the temp directory (the writable volume of a container), and help
 * texts without double quotes: the Prometheus client escapes them as {@code \"}, which the text
 * format does not allow in HELP and strict parsers ({@code promtool check metrics}) reject.
 */
@Startup
@ApplicationScoped
public class MetricsSetup {

    public MetricsSetup(MeterRegistry registry) {
        new DiskSpaceMetrics(new File(System.getProperty("java.io.tmpdir"))).bindTo(registry);
    }

    @Produces
    @Singleton
    MeterFilter plainHelpTexts() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String help = id.getDescription();
                return help == null || help.indexOf('"') < 0 ? id
                        : new Meter.Id(id.getName(), io.micrometer.core.instrument.Tags.of(id.getTagsAsIterable()),
                                id.getBaseUnit(), help.replace('"', '\''), id.getType());
            }
        };
    }
}
