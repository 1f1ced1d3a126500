package io.selfhealing.rootcause.service;

import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.Evidence;
import io.selfhealing.events.HealthReported;
import io.selfhealing.rootcause.domain.ConfigCommits;
import io.selfhealing.rootcause.domain.Dependency;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.Finding;
import io.selfhealing.rootcause.domain.TargetContext;
import io.selfhealing.rootcause.repository.TargetDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Correlates the error reports and health of each target and its declared dependencies within
 * the window, runs the rules, and publishes the best-supported diagnosis. The same (target, issue)
 * is published again only with higher confidence, after {@code rediagnoseAfter}, or once its
 * incident has ended ({@link #onIncidentEnded}). Thread-safe.
 */
public class Analyst {

    static final String SOURCE = "root-cause-analyst";
    private final List<DiagnosisRule> rules;
    private final TargetDirectory targets;
    private final ConfigCommits commits;
    private final Settings settings;
    private final Clock clock;
    private final EvidenceStore store;
    private final Verdict verdict;
    private final Map<String, Published> published = new HashMap<>();
    private final Map<String, Instant> ended = new HashMap<>();

    /**
     * @param window          how far back evidence counts
     * @param maxTargets      bound of the in-memory state
     * @param ambiguityMargin two issue types closer than this in confidence compete: {@code unknown}
     * @param unknownCeiling  highest confidence of an {@code unknown} diagnosis (below the auto-fix threshold)
     */
    public record Settings(Duration window, Duration rediagnoseAfter, int maxTargets, int ambiguityMargin,
            int unknownCeiling) {

        public Settings(Duration window, Duration rediagnoseAfter, int maxTargets) {
            this(window, rediagnoseAfter, maxTargets, 15, 84);
        }
    }

    public Analyst(List<DiagnosisRule> rules, TargetDirectory targets, ConfigCommits commits, Settings settings,
            Clock clock) {
        this.rules = List.copyOf(rules);
        this.targets = targets;
        this.commits = commits;
        this.settings = settings;
        this.clock = clock;
        this.store = new EvidenceStore(settings.maxTargets(), 200);
        this.verdict = new Verdict(settings.ambiguityMargin(), settings.unknownCeiling());
    }

    public synchronized Optional<DiagnosisMade> onError(ErrorDetected error) {
        store.add(error);
        return evaluate(error.header().targetId());
    }

    /** Re-evaluates the reporting target and every target that declares it as a dependency. */
    public synchronized List<DiagnosisMade> onHealth(HealthReported report) {
        store.add(report);
        String target = report.header().targetId();
        List<DiagnosisMade> out = new ArrayList<>();
        evaluate(target).ifPresent(out::add);
        targets.dependents(target).forEach(t -> evaluate(t).ifPresent(out::add));
        return out;
    }

    /**
     * The health of a target that others declare as a dependency, from whichever partition it comes
     * (every instance reads all health in a group of its own): stored only, so that the instance
     * that owns a dependent target correlates it at the dependent's next report. The instance that
     * owns the reporting target evaluates it through {@link #onHealth}.
     */
    public synchronized void onDependencyHealth(HealthReported report) {
        if (!targets.dependents(report.header().targetId()).isEmpty()) {
            store.add(report);
        }
    }

    /**
     * An incident of (target, issue) reached a terminal state: the next diagnosis of it on evidence
     * newer than the end is published at once, whatever its confidence, so a fault that returns opens
     * a new incident without waiting for {@code rediagnoseAfter}; the lines that led to the ended
     * incident, still in the window, open nothing.
     */
    public synchronized void onIncidentEnded(String targetId, String issueType, Instant endedAt) {
        String key = targetId + "|" + issueType;
        published.remove(key);
        if (ended.size() >= settings.maxTargets() * 4) {
            ended.clear();
        }
        ended.put(key, endedAt);
    }

    /** After its incident ended, an issue is diagnosed again only on evidence newer than the end. */
    private boolean newSinceEnd(String target, Finding finding) {
        Instant end = ended.get(target + "|" + finding.issueType());
        return end == null || (finding.newestEvidence() != null && finding.newestEvidence().isAfter(end));
    }

    private Optional<DiagnosisMade> evaluate(String target) {
        return diagnose(target, true).filter(this::worthPublishing);
    }

    /** What the analyst would say about the target now (without publishing). */
    public synchronized Optional<DiagnosisMade> assess(String target) {
        return diagnose(target, false);
    }

    private Optional<DiagnosisMade> diagnose(String target, boolean onlyNewSinceEnd) {
        TargetContext context = context(target);
        return verdict.choose(rules.stream().map(rule -> rule.diagnose(context)).flatMap(Optional::stream)
                .filter(f -> !onlyNewSinceEnd || newSinceEnd(target, f))
                .map(f -> toDiagnosis(target, f, context.now())).toList());
    }

    TargetContext context(String target) {
        Instant now = clock.instant();
        Instant since = now.minus(settings.window());
        List<Dependency> deps = targets.dependencies(target).stream()
                .map(id -> new Dependency(id, targets.type(id), store.health(id, since), targets.probe(id))).toList();
        Supplier<Optional<io.selfhealing.rootcause.domain.ConfigCommit>> commit = () -> targets.find(target)
                .flatMap(spec -> commits.last(spec.config()));
        return new TargetContext(target, now, settings.window(), store.errors(target, since),
                store.health(target, since), deps, commit);
    }

    private DiagnosisMade toDiagnosis(String target, Finding f, Instant now) {
        Duration age = f.newestEvidence() == null ? Duration.ZERO : Duration.between(f.newestEvidence(), now);
        double recency = EvidenceConfidence.recency(age, settings.window());
        int computed = EvidenceConfidence.of(f.lines(), f.signals(), recency);
        int confidence = f.tentative() ? Math.min(computed, settings.unknownCeiling()) : computed;
        List<Evidence> evidence = new ArrayList<>(f.evidence());
        if (f.fixHint() != null) {
            evidence.add(new Evidence("fix_hint", f.fixHint(), 0));
        }
        evidence.add(new Evidence("confidence_inputs", "lines=" + f.lines() + " signals=" + f.signals().stream()
                .map(s -> s.name() + "(" + s.weight() + "x" + Math.round(s.strength() * 100) / 100.0 + ")").toList()
                + " recency=" + Math.round(recency * 100) / 100.0 + (f.tentative() ? " tentative (lines name no cause)" : ""),
                confidence));
        return new DiagnosisMade(EventHeader.create(SOURCE, target), f.issueType(), confidence, f.summary(),
                f.affectedComponents(), f.fixCategory(), f.estimatedFixSeconds(), evidence, f.templateIds(), List.of());
    }

    private boolean worthPublishing(DiagnosisMade diagnosis) {
        String key = diagnosis.header().targetId() + "|" + diagnosis.issueType();
        Instant now = clock.instant();
        Published previous = published.get(key);
        boolean publish = previous == null || diagnosis.confidence() > previous.confidence()
                || previous.at().plus(settings.rediagnoseAfter()).isBefore(now);
        if (publish) {
            if (published.size() >= settings.maxTargets() * 4) {
                published.clear();
            }
            published.put(key, new Published(diagnosis.confidence(), now));
            ended.remove(key);
        }
        return publish;
    }

    private record Published(int confidence, Instant at) {
    }
}
