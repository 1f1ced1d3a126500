package io.selfhealing.detector.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.selfhealing.detector.service.DetectorService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The detector's meters: {@code healing_detector_lines_total} (log lines handled; its rate is lines/s)
 * and {@code healing_detector_live_templates} (templates with error lines in their window now).
 */
@Startup
@ApplicationScoped
public class DetectorMeters {

    public DetectorMeters(MeterRegistry registry, DetectorService detector) {
        FunctionCounter.builder("healing.detector.lines", detector, DetectorService::linesHandled)
                .description("Log lines handled by the detector").register(registry);
        Gauge.builder("healing.detector.live.templates", detector, DetectorService::liveTemplates)
                .description("Templates with error lines in their window").register(registry);
    }
}
