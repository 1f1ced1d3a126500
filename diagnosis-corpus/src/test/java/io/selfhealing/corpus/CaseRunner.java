package io.selfhealing.corpus;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.corpus.Corpus.Case;
import io.selfhealing.corpus.Corpus.Check;
import io.selfhealing.corpus.Corpus.Dep;
import io.selfhealing.detector.miner.TemplateMiner;
import io.selfhealing.detector.service.CategoryRules;
import io.selfhealing.detector.service.DetectorEngine;
import io.selfhealing.detector.service.DetectorSettings;
import io.selfhealing.detector.service.LineCategoriser;
import io.selfhealing.events.CheckResult;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.rootcause.domain.ConfigCommit;
import io.selfhealing.rootcause.repository.TargetDirectory;
import io.selfhealing.rootcause.service.Analyst;
import io.selfhealing.rootcause.service.AnalystProducer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs one case as the platform would: the raw lines go through error-detector's real engine
 * (parsing, categories, stack folding, template mining, sliding window), its reports and the
 * health reports go to root-cause-analyst's real {@link Analyst} with the production rules and
 * default settings, on a simulated clock. The verdict is the last diagnosis published (none when
 * nothing was); the first one at or above 85 is kept too, to count early confident diagnoses that
 * later evidence contradicted.
 */
final class CaseRunner {

    static final String TARGET = "app";
    static final int THRESHOLD = 85;
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration EVERY = Duration.ofSeconds(5);
    /** A block of lines that does not say otherwise is logged six times, 5 s apart (30 s of a fault). */
    static final int DEFAULT_REPEAT = 6;
    private final LineCategoriser categoriser = new LineCategoriser(CategoryRules.defaults());

    /**
     * What the analyst said about one case: its settled verdict (the last diagnosis it published
     * once all evidence was in), and the first diagnosis it published at or above the threshold,
     * if any (what a coordinator acting at once would have acted on).
     */
    record Verdict(String issueType, int confidence, DiagnosisMade firstConfident, List<DiagnosisMade> published) {

        static final String NONE = "none";
    }

    Verdict run(Case c) {
        MutableClock clock = new MutableClock(T0);
        Analyst analyst = new Analyst(AnalystProducer.rules(Duration.ofSeconds(1), Duration.ofMinutes(15)),
                directory(c), location -> commit(c), new Analyst.Settings(Duration.ofMinutes(5), Duration.ofMinutes(5),
                100), clock);
        DetectorEngine engine = new DetectorEngine(DetectorSettings.defaults(), categoriser, new TemplateMiner());
        List<DiagnosisMade> published = new ArrayList<>();
        health(c, T0).forEach(h -> published.addAll(analyst.onHealth(h)));
        String[] lines = c.situation().lines().split("\n");
        Instant t = T0;
        int repeat = c.situation().repeat() > 0 ? c.situation().repeat() : DEFAULT_REPEAT;
        for (int r = 0; r < repeat; r++) {
            t = T0.plus(EVERY.multipliedBy(r));
            clock.set(t);
            for (String line : lines) {
                LogLineCollected event = new LogLineCollected(header(t), "app.log", 0, line);
                engine.onLine(event, t.toEpochMilli()).forEach(e -> analyst.onError(e).ifPresent(published::add));
            }
            for (ErrorDetected e : engine.flush(t.toEpochMilli())) {
                analyst.onError(e).ifPresent(published::add);
            }
        }
        Instant end = t.plus(EVERY);
        clock.set(end);
        engine.flush(end.toEpochMilli()).forEach(e -> analyst.onError(e).ifPresent(published::add));
        health(c, end).forEach(h -> published.addAll(analyst.onHealth(h)));
        List<DiagnosisMade> mine = published.stream().filter(d -> d.header().targetId().equals(TARGET)).toList();
        Optional<DiagnosisMade> settled = mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1));
        Optional<DiagnosisMade> early = mine.stream().filter(d -> d.confidence() >= THRESHOLD).findFirst();
        return settled.map(d -> new Verdict(d.issueType(), d.confidence(), early.orElse(null), mine))
                .orElse(new Verdict(Verdict.NONE, -1, early.orElse(null), mine));
    }

    private static TargetDirectory directory(Case c) {
        List<TargetSpec> specs = new ArrayList<>();
        List<String> ids = c.context().depsOrEmpty().stream().map(Dep::id).toList();
        TargetSpec.ConfigLocation config = c.context().commitAgoSeconds() == null ? null
                : new TargetSpec.ConfigLocation("/nonexistent/repo", "app.properties");
        specs.add(new TargetSpec(TARGET, "http", Map.of(), List.of(), config, ids));
        for (Dep d : c.context().depsOrEmpty()) {
            Map<String, Object> probe = new HashMap<>();
            if (d.url() != null) {
                probe.put("url", d.url());
            }
            if (d.host() != null) {
                probe.put("host", d.host());
            }
            if (d.port() != null) {
                probe.put("port", d.port());
            }
            specs.add(new TargetSpec(d.id(), d.type(), probe, List.of(), null, List.of()));
        }
        return new TargetDirectory(specs);
    }

    private static Optional<ConfigCommit> commit(Case c) {
        Long ago = c.context().commitAgoSeconds();
        return ago == null ? Optional.empty()
                : Optional.of(new ConfigCommit("c0ffee" + "0".repeat(34), T0.minusSeconds(ago), "tune settings"));
    }

    private static List<HealthReported> health(Case c, Instant at) {
        List<HealthReported> out = new ArrayList<>();
        for (Dep d : c.context().depsOrEmpty()) {
            if (d.status() == null) {
                continue;
            }
            List<Check> checks = d.checks() != null ? d.checks() : List.of(new Check(d.type(), d.status(),
                    d.latencyMs(), d.error() == null ? Map.of() : Map.of("error", d.error())));
            out.add(report(d.id(), d.type(), d.status(), d.error() == null ? List.of() : List.of(d.error()), checks, at));
        }
        Corpus.Own own = c.context().own();
        if (own != null) {
            out.add(report(TARGET, own.type() == null ? "http" : own.type(), own.status(),
                    own.reasons() == null ? List.of() : own.reasons(), own.checks() == null ? List.of() : own.checks(),
                    at));
        }
        return out;
    }

    private static HealthReported report(String id, String type, String status, List<String> reasons,
            List<Check> checks, Instant at) {
        List<CheckResult> results = checks.stream().map(k -> new CheckResult(k.name(), HealthStatus.valueOf(k.status()),
                k.latencyMs(), k.details() == null ? Map.of() : k.details())).toList();
        return new HealthReported(new EventHeader(1, UUID.randomUUID().toString(), at, "monitor-agent", id, null),
                type, HealthStatus.valueOf(status), reasons, results);
    }

    private static EventHeader header(Instant at) {
        return new EventHeader(1, UUID.randomUUID().toString(), at, "monitor-agent", TARGET, null);
    }

    /** The simulated time both the detector's windows and the analyst's window run on. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
