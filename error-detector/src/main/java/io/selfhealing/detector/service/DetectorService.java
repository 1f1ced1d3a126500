package io.selfhealing.detector.service;

import io.selfhealing.common.messaging.RecentIds;
import io.selfhealing.detector.config.DetectorConfig;
import io.selfhealing.detector.miner.MinerSettings;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.LogLineCollected;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;

/** The detector engine configured from {@code healing.detector.*}, with redelivery dedupe. */
@ApplicationScoped
public class DetectorService {

    private static final Logger LOG = Logger.getLogger(DetectorService.class);

    private final DetectorEngine engine;
    private final RecentIds seen;
    private final Clock clock = Clock.systemUTC();
    private final LongAdder lines = new LongAdder();

    public DetectorService(DetectorConfig config,
            @ConfigProperty(name = "healing.targets-file") Optional<String> targetsFile) {
        var rules = config.categoriesFile().map(CategoryRules::load).orElseGet(CategoryRules::defaults);
        LOG.infof("error-detector: %d category rules from %s", rules.size(),
                config.categoriesFile().map(Object::toString).orElse("built-in defaults"));
        Map<String, String> formats = DeclaredFormats.load(targetsFile);
        this.engine = new DetectorEngine(new DetectorSettings(config.minCount(), config.window(),
                config.reportInterval(), config.escalationFactor(), config.highRatePerMinute(), config.maxWindows(),
                config.headerLearnWait()), new LineCategoriser(rules),
                MinerSettings.defaults().withMaxTemplates(config.maxTemplatesPerTarget()), formats::get);
        this.seen = new RecentIds(config.dedupeCapacity());
    }

    /** Reports triggered by the line; nothing when the same event id was handled before. */
    public List<ErrorDetected> onLine(LogLineCollected line) {
        if (!seen.firstTime(line.header().eventId())) {
            return List.of();
        }
        lines.increment();
        List<ErrorDetected> reports = engine.onLine(line, clock.millis());
        reports.forEach(DetectorService::log);
        return reports;
    }

    /**
     * A line read again to rebuild the windows of a partition this instance was given: counted at
     * its record time, once (a line handled before is skipped), its reports dropped — an earlier
     * owner published them.
     */
    public void warmUp(LogLineCollected line, long recordTime) {
        if (seen.firstTime(line.header().eventId())) {
            engine.onLine(line, recordTime);
        }
    }

    public void onHealth(HealthReported health) {
        engine.onHealth(health.header().targetId(), health.status());
    }

    public List<ErrorDetected> flush() {
        List<ErrorDetected> reports = engine.flush(clock.millis());
        reports.forEach(DetectorService::log);
        return reports;
    }

    /** Lines handled since start (redeliveries not counted), for metrics. */
    public long linesHandled() {
        return lines.sum();
    }

    /** Templates with error lines in their window now, for metrics. */
    public int liveTemplates() {
        return engine.trackedWindows();
    }

    private static void log(ErrorDetected r) {
        LOG.infof("%s %s %s on %s: %d in window, %d new, %.1f/min [%s] %s", r.reason(), r.severity(), r.category(),
                r.header().targetId(), r.windowCount(), r.newLines(), r.ratePerMinute(), r.templateId(), r.template());
    }
}
